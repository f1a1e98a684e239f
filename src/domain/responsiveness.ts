import { HOUR_MS } from './reason-phrases.js'
import type { Interaction } from './relationship.js'

/** A reply later than this no longer answers the message: it starts a new conversation. */
export const ANSWER_WINDOW_DAYS = 30
/** The resource's rule: a call or message returned within 48 hours. */
export const PROMPT_REPLY_HOURS = 48

export interface Responsiveness {
  /** The member's messages whose fate is known: answered, or unanswered past the window. */
  sent: number
  answered: number
  /**
   * The contact's messages that answered at least one of those: one reply to three messages in
   * a row answers three, and is one answer. "They answered N times" counts these.
   */
  replies: number
  answeredWithin48h: number
  /** Unanswered messages still inside the answer window: not counted in `sent`. */
  pending: number
  /** `answered / sent`; `null` when `sent` is 0 (nothing to judge by). */
  rate: number | null
  rateWithin48h: number | null
  /** Median hours from a message to its answer; `null` when nothing was answered. */
  medianReplyHours: number | null
}

export interface ResponsivenessOptions {
  answerWindowDays?: number
}

const EMPTY: Responsiveness = Object.freeze({
  sent: 0,
  answered: 0,
  replies: 0,
  answeredWithin48h: 0,
  pending: 0,
  rate: null,
  rateWithin48h: null,
  medianReplyHours: null,
})

/**
 * How the contact answers the member. A `message_sent` at time s is answered by the contact's
 * first `message_received` strictly after s, if that comes within `answerWindowDays` (30) of s;
 * answered within 48 hours if the gap is at most 48 h. A message with no answer yet whose window
 * is still open at `now` is *pending*: it is left out of `sent`, so a message written yesterday
 * never counts against the contact. Several messages in a row answered by one reply are all
 * answered (a follow-up is not a new question); a reply after months answers nothing.
 * `rate = answered / sent`, `rateWithin48h = answeredWithin48h / sent`.
 * Interactions after `now` are ignored. Linear in the interactions when they arrive in time
 * order (otherwise one typed-array sort of the message times).
 *
 * Invariant: with nothing pending, adding a sent message and an answer to it never lowers `rate`
 * or `rateWithin48h` (a pending message the new answer also answers may be answered late).
 *
 * @example
 * const d = (s: string) => new Date(s)
 * responsiveness([
 *   { kind: 'message_sent', at: d('2025-01-01T09:00Z') },
 *   { kind: 'message_received', at: d('2025-01-01T15:00Z') },
 *   { kind: 'message_sent', at: d('2025-03-01T09:00Z') },
 * ], d('2025-06-01'))
 * // => { sent: 2, answered: 1, replies: 1, answeredWithin48h: 1, pending: 0, rate: 0.5,
 * //      rateWithin48h: 0.5, medianReplyHours: 6 }
 */
export function responsiveness(
  interactions: readonly Interaction[],
  now: Date,
  options: ResponsivenessOptions = {},
): Responsiveness {
  const limit = now.getTime()
  let ns = 0
  let nr = 0
  for (const i of interactions) {
    if (i.kind === 'message_sent') {
      if (i.at.getTime() <= limit) ns++
    } else if (i.kind === 'message_received') {
      if (i.at.getTime() <= limit) nr++
    }
  }
  if (ns === 0) return EMPTY

  const sentAt = new Float64Array(ns)
  const receivedAt = new Float64Array(nr)
  let si = 0
  let ri = 0
  let sortedSent = true
  let sortedReceived = true
  for (const i of interactions) {
    if (i.kind !== 'message_sent' && i.kind !== 'message_received') continue
    const t = i.at.getTime()
    if (!(t <= limit)) continue
    if (i.kind === 'message_sent') {
      if (si > 0 && t < sentAt[si - 1]!) sortedSent = false
      sentAt[si++] = t
    } else {
      if (ri > 0 && t < receivedAt[ri - 1]!) sortedReceived = false
      receivedAt[ri++] = t
    }
  }
  if (!sortedSent) sentAt.sort()
  if (!sortedReceived) receivedAt.sort()

  const windowMs = (options.answerWindowDays ?? ANSWER_WINDOW_DAYS) * 24 * HOUR_MS
  const promptMs = PROMPT_REPLY_HOURS * HOUR_MS
  const delays = new Float64Array(ns)
  let answered = 0
  let prompt = 0
  let pending = 0
  let replies = 0
  let lastReply = -1
  let j = 0
  for (let k = 0; k < ns; k++) {
    const s = sentAt[k]!
    while (j < nr && receivedAt[j]! <= s) j++
    const reply = j < nr ? receivedAt[j]! : Number.NaN
    const delay = reply - s
    if (delay <= windowMs) {
      delays[answered++] = delay
      if (delay <= promptMs) prompt++
      if (j !== lastReply) {
        replies++
        lastReply = j
      }
    } else if (Number.isNaN(delay) && limit - s < windowMs) {
      pending++
    }
  }
  const sent = ns - pending
  return {
    sent,
    answered,
    replies,
    answeredWithin48h: prompt,
    pending,
    rate: sent === 0 ? null : answered / sent,
    rateWithin48h: sent === 0 ? null : prompt / sent,
    medianReplyHours: answered === 0 ? null : median(delays.subarray(0, answered)) / HOUR_MS,
  }
}

function median(values: Float64Array): number {
  values.sort()
  const mid = values.length >> 1
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2
}
