import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { CreateTokenInput, NotificationChoicesPatchInput } from '../api/schema.js'
import { ME_KEY } from './useMe.js'

const TOKENS_KEY = ['tokens'] as const
const PENDING_EMAIL_KEY = ['email-change'] as const
const NOTIFICATIONS_KEY = ['notification-choices'] as const

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/me/password', { body })),
  })
}

export function usePendingEmailChange() {
  return useQuery({
    queryKey: PENDING_EMAIL_KEY,
    queryFn: () => unwrap(api.GET('/api/me/email')),
  })
}

export function useRequestEmailChange() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { newEmail: string; currentPassword: string }) =>
      unwrap(api.POST('/api/me/email', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: PENDING_EMAIL_KEY }),
  })
}

export function useConfirmEmailChange() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/me/email/confirm', { body: { code } })),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: PENDING_EMAIL_KEY })
      await client.invalidateQueries({ queryKey: ME_KEY })
    },
  })
}

export function useSignOutEverywhere() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/sign-out-everywhere')),
    onSuccess: () => {
      client.clear()
      client.setQueryData(ME_KEY, null)
    },
  })
}

export function useTokens() {
  return useQuery({ queryKey: TOKENS_KEY, queryFn: () => unwrap(api.GET('/api/tokens')) })
}

export function useCreateToken() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateTokenInput) => unwrap(api.POST('/api/tokens', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: TOKENS_KEY }),
  })
}

export function useRevokeToken() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: TOKENS_KEY }),
  })
}

export function useNotificationChoices() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => unwrap(api.GET('/api/me/notifications')),
  })
}

export function useUpdateNotificationChoices() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: NotificationChoicesPatchInput) =>
      unwrap(api.PATCH('/api/me/notifications', { body })),
    onSuccess: (choices) => client.setQueryData(NOTIFICATIONS_KEY, choices),
  })
}

export function useEraseAccount() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/me')),
    onSuccess: () => {
      client.clear()
      client.setQueryData(ME_KEY, null)
    },
  })
}
