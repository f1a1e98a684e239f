import { useInvitations } from './useInvitations.js'

export type PendingWith =
  | { direction: 'sent'; id: string }
  | { direction: 'received'; id: string }
  | null

/**
 * The invitation waiting between the viewer and this member, either way, read from the viewer's
 * own boxes (which already leave out what the viewer may not see). `undefined` while loading, so
 * the page offers no "Invite to connect" that would only end in a 409.
 */
export function usePendingInvitationWith(memberId: string): PendingWith | undefined {
  const sent = useInvitations('sent')
  const received = useInvitations('received')
  if (sent.isPending || received.isPending) return undefined
  const mine = sent.data?.items.find((i) => i.to === memberId && i.status === 'pending')
  if (mine) return { direction: 'sent', id: mine.id }
  const theirs = received.data?.items.find((i) => i.from === memberId && i.status === 'pending')
  if (theirs) return { direction: 'received', id: theirs.id }
  return null
}
