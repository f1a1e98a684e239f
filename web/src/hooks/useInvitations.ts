import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'
import type { operations } from '../api/schema.js'

export type InvitationBox = NonNullable<
  NonNullable<operations['listInvitations']['parameters']['query']>['box']
>

export function invitationsKey(box: InvitationBox) {
  return ['invitations', box] as const
}

export function useInvitations(box: InvitationBox) {
  return useQuery({
    queryKey: invitationsKey(box),
    queryFn: () => unwrap(api.GET('/api/invitations', { params: { query: { box, limit: 200 } } })),
  })
}
