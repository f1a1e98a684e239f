import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { CreateInvitationInput } from '../api/schema.js'

export type InvitationAction = 'accept' | 'ignore' | 'dont-know' | 'withdraw'

function run(action: InvitationAction, id: string) {
  const params = { params: { path: { id } } }
  switch (action) {
    case 'accept':
      return unwrap(api.POST('/api/invitations/{id}/accept', params))
    case 'ignore':
      return unwrap(api.POST('/api/invitations/{id}/ignore', params))
    case 'dont-know':
      return unwrap(api.POST('/api/invitations/{id}/dont-know', params))
    case 'withdraw':
      return unwrap(api.POST('/api/invitations/{id}/withdraw', params))
  }
}

/** Answer or withdraw one invitation; refreshes both boxes and the network. */
export function useInvitationAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, id }: { action: InvitationAction; id: string }) => run(action, id),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['invitations'] }),
        client.invalidateQueries({ queryKey: ['connections'] }),
        client.invalidateQueries({ queryKey: ['member'] }),
      ])
    },
  })
}

export function useSendInvitation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateInvitationInput) =>
      unwrap(api.POST('/api/invitations', { body: input })),
    // A 409 means an invitation or a connection appeared meanwhile: refresh so the page shows it.
    onError: () => client.invalidateQueries({ queryKey: ['invitations'] }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['invitations'] }),
        client.invalidateQueries({ queryKey: ['connections'] }),
        client.invalidateQueries({ queryKey: ['member'] }),
      ])
    },
  })
}
