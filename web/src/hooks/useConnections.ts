import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { ApiError, api, unwrap } from '../api/client.js'
import type { Page, RemovedConnection } from '../api/types.js'

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

/**
 * Connections removed within their undo window. `supported` is false when the server
 * has no such list (404), so the screen can fall back to what this session removed.
 */
export function useRemovedConnections() {
  return useQuery({
    queryKey: ['connections', 'removed'],
    queryFn: async (): Promise<{ supported: boolean; page: Page<RemovedConnection> }> => {
      try {
        const page = await unwrap(api.GET('/api/connections/removed'))
        return { supported: true, page }
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
          return { supported: false, page: { items: [] } }
        }
        throw error
      }
    },
    retry: false,
  })
}
