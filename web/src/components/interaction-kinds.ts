import { interactionKindValues } from '../api/enums.js'
import type { InteractionKind } from '../api/schema.js'

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

/** The kinds a member logs by hand (API.md): recommendations arrive from the platform. */
export const LOGGABLE_KINDS = interactionKindValues.filter((kind) => kind !== 'recommendation')
