import type { InteractionKind } from '../api/types.js'

/** Each kind in words, from the member's side ("You wrote to them"). */
export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  message_sent: 'Message sent',
  message_received: 'Message received',
  meeting: 'Meeting',
  call: 'Call',
  favor_given: 'Favor given',
  favor_asked: 'Favor asked',
  intro_made: 'Introduction made',
  intro_received: 'Introduction received',
  referral: 'Referral',
  recommendation: 'Recommendation',
  event: 'Event together',
}

/** The kinds a member may log by hand (API.md); recommendations arrive from the platform. */
export const LOGGABLE_KINDS: readonly InteractionKind[] = [
  'message_sent',
  'message_received',
  'meeting',
  'call',
  'favor_given',
  'favor_asked',
  'intro_made',
  'intro_received',
  'referral',
  'event',
]

export function interactionLabel(kind: string): string {
  return kind in INTERACTION_LABELS ? INTERACTION_LABELS[kind as InteractionKind] : kind
}
