import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

export type InvitationBox = 'received' | 'sent'

export function invitationsKey(box: InvitationBox) {
  return ['invitations', box] as const
}

export function useInvitations(box: InvitationBox) {
  return useQuery({
    queryKey: invitationsKey(box),
    queryFn: () => unwrap(api.GET('/api/invitations', { params: { query: { box, limit: 200 } } })),
  })
}
