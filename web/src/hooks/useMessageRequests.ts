import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { components } from '../api/schema.js'

export type MessageRequestPurpose = components['schemas']['MessageRequestPurpose']
export type ReceivedMessageRequest = components['schemas']['ReceivedMessageRequest']

export function useMessageRequestTray() {
  return useQuery({
    queryKey: ['message-requests', 'tray'],
    queryFn: () => unwrap(api.GET('/api/message-requests', { params: { query: { limit: 200 } } })),
  })
}

/** How many requests wait in the tray, for the navigation's badge. */
export function useMessageRequestCount(enabled: boolean) {
  return useQuery({
    queryKey: ['message-requests', 'count'],
    queryFn: () => unwrap(api.GET('/api/message-requests/count')),
    enabled,
  })
}

export type TrayAction = 'dismiss' | 'block'

/** Reply, dismiss or block: each takes the request out of the tray. */
export function useTrayAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (input: { id: string; action: TrayAction | 'reply'; body?: string }) => {
      const path = { params: { path: { id: input.id } } }
      if (input.action === 'reply') {
        await unwrap(
          api.POST('/api/message-requests/{id}/reply', {
            ...path,
            body: { body: input.body ?? '' },
          }),
        )
      } else if (input.action === 'dismiss') {
        await unwrap(api.POST('/api/message-requests/{id}/dismiss', path))
      } else {
        await unwrap(api.POST('/api/message-requests/{id}/block', path))
      }
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['message-requests'] })
    },
  })
}

export function useRequestWarmPaths(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['message-requests', 'warm-paths', id],
    queryFn: () =>
      unwrap(api.GET('/api/message-requests/{id}/warm-paths', { params: { path: { id } } })),
    enabled,
    retry: false,
  })
}

export function useSendMessageRequest() {
  return useMutation({
    mutationFn: (input: { to: string; body: string; purpose: MessageRequestPurpose }) =>
      unwrap(api.POST('/api/messages', { body: input })),
  })
}
