import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

export function useRemoveConnection() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (memberId: string) =>
      unwrap(api.DELETE('/api/connections/{memberId}', { params: { path: { memberId } } })),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['connections'] }),
        client.invalidateQueries({ queryKey: ['member'] }),
      ])
    },
  })
}

export function useRestoreConnection() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (memberId: string) =>
      unwrap(api.POST('/api/connections/{memberId}/restore', { params: { path: { memberId } } })),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['connections'] }),
        client.invalidateQueries({ queryKey: ['member'] }),
      ])
    },
  })
}
