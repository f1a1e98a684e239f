import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { CreatePostInput } from '../api/schema.js'

const FEED = ['feed'] as const

export function useFeed() {
  return useInfiniteQuery({
    queryKey: FEED,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/feed', { params: { query: pageParam ? { cursor: pageParam } : {} } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })
}

/** "Read up to here": the only thing that moves the marker; the page itself writes nothing. */
export function useMarkFeedRead() {
  return useMutation({
    mutationFn: (upTo: string) => unwrap(api.POST('/api/feed/read', { body: { upTo } })),
  })
}

function useFeedChange<T>(run: (input: T) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: FEED })
    },
  })
}

export function useSharePost() {
  return useFeedChange((input: CreatePostInput) => unwrap(api.POST('/api/posts', { body: input })))
}

export function useHidePost() {
  return useFeedChange((id: string) =>
    unwrap(api.POST('/api/posts/{id}/hide', { params: { path: { id } } })),
  )
}

export function useAddComment(postId: string) {
  return useFeedChange((body: string) =>
    unwrap(
      api.POST('/api/posts/{id}/comments', { params: { path: { id: postId } }, body: { body } }),
    ),
  )
}

export function useDeleteComment(postId: string) {
  return useFeedChange((commentId: string) =>
    unwrap(
      api.DELETE('/api/posts/{id}/comments/{commentId}', {
        params: { path: { id: postId, commentId } },
      }),
    ),
  )
}
