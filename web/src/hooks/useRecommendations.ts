import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { ProposeWorkedTogetherInput, WriteRecommendationInput } from '../api/schema.js'

export function useWorkedTogether() {
  return useQuery({
    queryKey: ['worked-together'],
    queryFn: () => unwrap(api.GET('/api/worked-together')),
  })
}

export function useRecommendations(box: 'received' | 'written') {
  return useQuery({
    queryKey: ['recommendations', box],
    queryFn: () => unwrap(api.GET('/api/recommendations', { params: { query: { box } } })),
  })
}

/** Everything these actions change: both lists and the profiles that show recommendations. */
function useRefresh() {
  const client = useQueryClient()
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['worked-together'] }),
      client.invalidateQueries({ queryKey: ['recommendations'] }),
      client.invalidateQueries({ queryKey: ['member'] }),
    ])
  }
}

export function useProposeWorkedTogether() {
  const refresh = useRefresh()
  return useMutation({
    mutationFn: (input: ProposeWorkedTogetherInput) =>
      unwrap(api.POST('/api/worked-together', { body: input })),
    onSuccess: refresh,
  })
}

export function useAnswerWorkedTogether() {
  const refresh = useRefresh()
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'confirm' | 'decline' }) => {
      const params = { params: { path: { id } } }
      return answer === 'confirm'
        ? unwrap(api.POST('/api/worked-together/{id}/confirm', params))
        : unwrap(api.POST('/api/worked-together/{id}/decline', params))
    },
    onSuccess: refresh,
  })
}

export function useWriteRecommendation() {
  const refresh = useRefresh()
  return useMutation({
    mutationFn: (input: WriteRecommendationInput) =>
      unwrap(api.POST('/api/recommendations', { body: input })),
    onSuccess: refresh,
  })
}

export type RecommendationDecision = 'approve' | 'hide' | 'unhide'

export function useDecideRecommendation() {
  const refresh = useRefresh()
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: RecommendationDecision }) => {
      const params = { params: { path: { id } } }
      switch (action) {
        case 'approve':
          return unwrap(api.POST('/api/recommendations/{id}/approve', params))
        case 'hide':
          return unwrap(api.POST('/api/recommendations/{id}/hide', params))
        case 'unhide':
          return unwrap(api.POST('/api/recommendations/{id}/unhide', params))
      }
    },
    onSuccess: refresh,
  })
}

/** Recommendations from the member's own LinkedIn imports about one contact. */
export function useImportedRecommendations(contactId: string) {
  return useQuery({
    queryKey: ['recommendations', 'imported', contactId],
    queryFn: () =>
      unwrap(
        api.GET('/api/recommendations/imported', { params: { query: { contact: contactId } } }),
      ),
    enabled: contactId.length > 0,
  })
}
