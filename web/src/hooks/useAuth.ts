import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import { ME_KEY } from './useMe.js'

export interface SignupInput {
  email: string
  name: string
  password: string
}

export interface LoginInput {
  email: string
  password: string
}

export function useSignup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: SignupInput) => unwrap(api.POST('/api/auth/signup', { body: input })),
    onSuccess: async () => {
      client.clear()
      await client.invalidateQueries({ queryKey: ME_KEY })
    },
  })
}

export function useLogin() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: LoginInput) => unwrap(api.POST('/api/auth/login', { body: input })),
    onSuccess: async () => {
      client.clear()
      await client.invalidateQueries({ queryKey: ME_KEY })
    },
  })
}

export function useLogout() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => {
      client.clear()
      client.setQueryData(ME_KEY, null)
    },
  })
}

export function usePasswordResetRequest() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/auth/password-reset', { body: { email } })),
  })
}

export function usePasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      unwrap(api.POST('/api/auth/password-reset/confirm', { body: input })),
  })
}
