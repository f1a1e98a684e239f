import { useQueries, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { MemberSummary, WarmPath, WarmPaths } from '../api/types.js'

export function useWarmPaths(to: string) {
  return useQuery({
    queryKey: ['paths', to],
    queryFn: async (): Promise<WarmPaths> =>
      await unwrap(api.GET('/api/paths', { params: { query: { to } } })),
    enabled: to.length > 0,
  })
}

/** The member summaries an answer carried, by id, wherever the server put them. */
export function knownMembers(answer: WarmPaths | undefined): Map<string, MemberSummary> {
  const known = new Map<string, MemberSummary>()
  if (!answer) return known
  const add = (m: MemberSummary | string | undefined) => {
    if (m && typeof m === 'object' && m.id) known.set(m.id, m)
  }
  const members = answer.members
  if (Array.isArray(members)) members.forEach(add)
  else if (members) Object.values(members).forEach(add)
  add(answer.target)
  for (const path of answer.paths) {
    path.via.forEach(add)
    path.viaMembers?.forEach(add)
    add(path.target)
  }
  return known
}

export function viaIds(path: WarmPath): string[] {
  return path.via.map((v) => (typeof v === 'string' ? v : v.id))
}

/**
 * Names for member ids the answer did not describe, one profile request each; the list is short
 * (at most two intermediaries on a handful of paths).
 */
export function useMemberNames(ids: string[], known: Map<string, MemberSummary>) {
  const missing = [...new Set(ids)].filter((id) => !known.has(id))
  const results = useQueries({
    queries: missing.map((id) => ({
      queryKey: ['member', id],
      queryFn: () => unwrap(api.GET('/api/members/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  })
  const all = new Map(known)
  results.forEach((result, i) => {
    const id = missing[i]
    if (id && result.data) all.set(id, result.data as MemberSummary)
  })
  return all
}
