import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { PruneVerdict } from '../api/schema.js'
import { useReadingBasis } from './useReadingBasis.js'

export function useHealth() {
  const asOf = useReadingBasis()
  return useQuery({
    queryKey: ['insights', 'health', asOf],
    queryFn: () => unwrap(api.GET('/api/insights/health', { params: { query: { asOf } } })),
  })
}

/** Prune suggestions a page at a time, clear cases first. */
export function usePruneSuggestions() {
  const asOf = useReadingBasis()
  return useInfiniteQuery({
    queryKey: ['insights', 'prune', asOf],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/insights/prune', {
          params: {
            query: pageParam ? { limit: 50, cursor: pageParam, asOf } : { limit: 50, asOf },
          },
        }),
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  })
}

export function useStayInTouch() {
  const asOf = useReadingBasis()
  return useQuery({
    queryKey: ['insights', 'stay-in-touch', asOf],
    queryFn: () => unwrap(api.GET('/api/insights/stay-in-touch', { params: { query: { asOf } } })),
  })
}

export function usePruneFeedback() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (mark: { contactId: string; verdict: PruneVerdict }) =>
      unwrap(api.POST('/api/insights/prune/feedback', { body: mark })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['insights'] })
    },
  })
}

/** Removes several contacts quietly (connections too); undone with `usePruneUndo` for 30 days. */
export function usePruneRemove() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (contactIds: string[]) =>
      unwrap(api.POST('/api/insights/prune/remove', { body: { contactIds } })),
    onSuccess: () => invalidateNetwork(client),
  })
}

export function usePruneUndo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (contactIds: string[]) =>
      unwrap(api.POST('/api/insights/prune/undo', { body: { contactIds } })),
    onSuccess: () => invalidateNetwork(client),
  })
}

async function invalidateNetwork(client: ReturnType<typeof useQueryClient>) {
  await Promise.all(
    ['insights', 'contacts', 'connections', 'circles', 'network'].map((key) =>
      client.invalidateQueries({ queryKey: [key] }),
    ),
  )
}

/** Replaces the member's cadence per circle, in days; circles left out have none. */
export function useSetCadences() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (cadences: Record<string, number>) =>
      unwrap(api.PUT('/api/insights/cadences', { body: { cadences } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['insights'] })
    },
  })
}
