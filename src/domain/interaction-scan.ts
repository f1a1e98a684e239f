import { DAY_MS } from './reason-phrases.js'
import { type ExchangeCounts, exchangeOf } from './reciprocity.js'
import type { Interaction, InteractionKind } from './relationship.js'
import { type Responsiveness, responsiveness } from './responsiveness.js'

/**
 * How much one interaction says about the tie (Gilbert & Karahalios' intensity): time spent
 * together and services count more than a line of text, and the member's own message counts
 * half of the contact's because it takes no effort from the contact.
 */
export const INTENSITY_WEIGHTS: Readonly<Record<InteractionKind, number>> = {
  message_sent: 0.5,
  message_received: 1,
  meeting: 3,
  call: 2,
  favor_given: 2,
  favor_asked: 1,
  intro_made: 2,
  intro_received: 2,
  referral: 2,
  recommendation: 2,
  event: 1,
}

/** Intensity halves every year: last year's meeting counts half of today's. */
export const INTENSITY_HALF_LIFE_DAYS = 365

/** Everything the model needs from one contact's interactions, gathered in one pass. */
export interface InteractionScan {
  /** Interactions at or before `now`. */
  total: number
  messagesSent: number
  messagesReceived: number
  /** Meetings, calls and events. */
  together: number
  firstAt: number | null
  lastAt: number | null
  /** Last interaction the contact took part in: anything but the member's own messages. */
  lastHeardAt: number | null
  /** Interactions in the 365 days before `now`. */
  pastYear: number
  /** Sum of `INTENSITY_WEIGHTS` decayed by age (half-life one year). */
  intensity: number
  exchanges: ExchangeCounts
  responsiveness: Responsiveness
}

/**
 * One linear pass over a contact's interactions (in any order) collecting what tie strength,
 * prune and health use, so a caller scoring many contacts reads each interaction a bounded
 * number of times. Interactions after `now` are ignored.
 *
 * @example
 * scanInteractions([{ kind: 'meeting', at: new Date('2025-01-01') }], new Date('2025-01-01'))
 * // => { total: 1, together: 1, intensity: 3, lastHeardAt: 1735689600000, … }
 */
export function scanInteractions(interactions: readonly Interaction[], now: Date): InteractionScan {
  const limit = now.getTime()
  const yearAgo = limit - 365 * DAY_MS
  const decayPerMs = Math.LN2 / (INTENSITY_HALF_LIFE_DAYS * DAY_MS)
  const exchanges: ExchangeCounts = {
    memberGave: 0,
    memberAsked: 0,
    contactGave: 0,
    contactAsked: 0,
  }
  let total = 0
  let sent = 0
  let received = 0
  let together = 0
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  let lastHeard = Number.NEGATIVE_INFINITY
  let pastYear = 0
  let intensity = 0
  for (const i of interactions) {
    const t = i.at.getTime()
    if (!(t <= limit)) continue
    total++
    if (t < first) first = t
    if (t > last) last = t
    if (t >= yearAgo) pastYear++
    intensity += INTENSITY_WEIGHTS[i.kind] * Math.exp(-(limit - t) * decayPerMs)
    switch (i.kind) {
      case 'message_sent':
        sent++
        break
      case 'message_received':
        received++
        break
      case 'meeting':
      case 'call':
      case 'event':
        together++
        break
      default:
        break
    }
    if (i.kind !== 'message_sent' && t > lastHeard) lastHeard = t
    const ex = exchangeOf(i)
    if (ex === null) continue
    if (ex.actor === 'member') {
      if (ex.gave) exchanges.memberGave++
      else exchanges.memberAsked++
    } else if (ex.gave) exchanges.contactGave++
    else exchanges.contactAsked++
  }
  return {
    total,
    messagesSent: sent,
    messagesReceived: received,
    together,
    firstAt: total === 0 ? null : first,
    lastAt: total === 0 ? null : last,
    lastHeardAt: lastHeard === Number.NEGATIVE_INFINITY ? null : lastHeard,
    pastYear,
    intensity,
    exchanges,
    responsiveness: sent === 0 ? responsiveness([], now) : responsiveness(interactions, now),
  }
}
