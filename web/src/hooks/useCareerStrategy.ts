import { useQuery } from '@tanstack/react-query'
import { ApiError } from '../api/client.js'
import type {
  CareerCompany,
  CareerStrategyView,
  MemberSummary,
  ReachablePerson,
  WarmPaths,
} from '../api/types.js'
import { requestJson } from './contract-request.js'
import { knownMembers } from './useWarmPaths.js'

/**
 * The people reachable at each target company of the member's career strategy. When the server
 * has no career-strategy route (404), the same picture is assembled from one company path search
 * per target company.
 */
export function useCareerStrategy(companies: readonly string[]) {
  return useQuery({
    queryKey: ['career-strategy', companies],
    queryFn: async (): Promise<CareerStrategyView> => {
      try {
        return await requestJson<CareerStrategyView>('GET', '/api/career-strategy')
      } catch (error) {
        if (!(error instanceof ApiError && (error.status === 404 || error.status === 405))) {
          throw error
        }
      }
      const answers = await Promise.all(
        companies.map((company) =>
          requestJson<WarmPaths>('GET', '/api/paths', { query: { company } }),
        ),
      )
      return {
        companies: companies.map((company, i) => groupByTarget(company, answers[i])),
      }
    },
  })
}

function groupByTarget(company: string, answer: WarmPaths | undefined): CareerCompany {
  const known = knownMembers(answer)
  const byTarget = new Map<string, ReachablePerson>()
  for (const path of answer?.paths ?? []) {
    const target = path.target
    const id = typeof target === 'string' ? target : target?.id
    if (!id) continue
    const member: MemberSummary = known.get(id) ?? { id, name: id }
    const entry = byTarget.get(id) ?? { member, paths: [] }
    entry.paths.push(path)
    byTarget.set(id, entry)
  }
  return { company, reachable: [...byTarget.values()] }
}
