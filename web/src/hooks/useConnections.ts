import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

export function useConnections() {
  return useInfiniteQuery({
    queryKey: ['connections', 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/connections', {
          params: { query: pageParam ? { limit: 200, cursor: pageParam } : { limit: 200 } },
        }),
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  })
}

/** Connections removed within their undo window, newest first. */
export function useRemovedConnections() {
  return useQuery({
    queryKey: ['connections', 'removed'],
    queryFn: () => unwrap(api.GET('/api/connections/removed')),
  })
}
