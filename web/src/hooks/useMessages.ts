import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { OfferKind } from '../api/schema.js'

export const MESSAGES_KEY = ['messages'] as const
export const UNREAD_KEY = ['messages', 'unread'] as const

export function useConversations() {
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'conversations'],
    queryFn: () => unwrap(api.GET('/api/conversations', { params: { query: { limit: 50 } } })),
  })
}

export function useConversation(id: string) {
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'conversation', id],
    queryFn: () => unwrap(api.GET('/api/conversations/{id}', { params: { path: { id } } })),
    enabled: id.length > 0,
  })
}

/** The newest 200 messages of a conversation, newest first as the API pages them. */
export function useConversationMessages(id: string) {
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'messages', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/conversations/{id}/messages', {
          params: { path: { id }, query: { limit: 200 } },
        }),
      ),
    enabled: id.length > 0,
  })
}

/** The unread total for the navigation's badge; the live stream keeps it current. */
export function useUnreadTotal(enabled: boolean) {
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: async () => (await unwrap(api.GET('/api/conversations/unread'))).unreadTotal,
    enabled,
  })
}

export function useSendMessage() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { to: string; body: string }) =>
      unwrap(api.POST('/api/messages', { body: input })),
    onSuccess: async () => await client.invalidateQueries({ queryKey: MESSAGES_KEY }),
  })
}

export function usePostMessage(conversationId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.POST('/api/conversations/{id}/messages', {
          params: { path: { id: conversationId } },
          body: { body },
        }),
      ),
    onSuccess: async () => await client.invalidateQueries({ queryKey: MESSAGES_KEY }),
  })
}

export function useReadConversation(conversationId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/conversations/{id}/read', { params: { path: { id: conversationId } } }),
      ),
    onSuccess: async () => await client.invalidateQueries({ queryKey: MESSAGES_KEY }),
  })
}

export function useOfferHelp() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { to: string; kind: OfferKind; body: string }) =>
      unwrap(api.POST('/api/messages/offers', { body: input })),
    onSuccess: async () => await client.invalidateQueries({ queryKey: MESSAGES_KEY }),
  })
}

export function useAcceptOffer() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (messageId: string) =>
      unwrap(api.POST('/api/messages/{id}/accept', { params: { path: { id: messageId } } })),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: MESSAGES_KEY }),
        client.invalidateQueries({ queryKey: ['contacts'] }),
      ])
    },
  })
}
