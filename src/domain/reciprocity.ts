import { type Actor, actorOf, type Interaction } from './relationship.js'

export type ReciprocityLabel =
  | 'balanced'
  | 'you give more'
  | 'they ask more'
  | 'you ask more'
  | 'they give more'
  | 'no exchanges'

/** What each side gave and asked for, counted in favours, introductions, referrals and asks. */
export interface ExchangeCounts {
  memberGave: number
  memberAsked: number
  contactGave: number
  contactAsked: number
}

export interface ReciprocityTotals extends ExchangeCounts {
  /** What the member gave the contact (`memberGave`). */
  given: number
  /** What the contact asked of the member (`contactAsked`). */
  asked: number
  /** What the member received from the contact (`contactGave`). */
  received: number
  /** In [-1,1]: +1 all value flows from the member to the contact, -1 all the other way. */
  balance: number
  label: ReciprocityLabel
}

export interface ReciprocityYear extends ExchangeCounts {
  year: number
  balance: number
  label: ReciprocityLabel
}

export interface Reciprocity extends ReciprocityTotals {
  /** One row per calendar year (UTC) with any exchange, oldest first. */
  byYear: ReciprocityYear[]
}

/** Inside this band around 0 the exchange reads as balanced. */
export const BALANCED_WITHIN = 1 / 3

/**
 * Which side an interaction credits, or `null` when it is not an exchange (plain messages,
 * meetings, calls, events). Gifts: favours given, introductions, referrals, recommendations and
 * messages classified as offers. Asks: favours asked and messages classified as asks.
 *
 * @example
 * exchangeOf({ kind: 'intro_received', at: new Date() }) // => { actor: 'contact', gave: true }
 */
export function exchangeOf(i: Interaction): { actor: Actor; gave: boolean } | null {
  switch (i.kind) {
    case 'message_sent':
    case 'message_received':
      if (i.intent === 'ask' || i.intent === 'offer') {
        return {
          actor: i.kind === 'message_sent' ? 'member' : 'contact',
          gave: i.intent === 'offer',
        }
      }
      return null
    case 'favor_asked':
      return { actor: actorOf(i) ?? 'contact', gave: false }
    case 'favor_given':
    case 'intro_made':
    case 'intro_received':
    case 'referral':
    case 'recommendation':
      return { actor: actorOf(i) ?? 'member', gave: true }
    default:
      return null
  }
}

/**
 * The balance of an exchange: value flowing to the contact (the member's gifts and the
 * contact's asks) minus value flowing to the member (the contact's gifts and the member's asks),
 * over all of it: `balance = (mG + cA − cG − mA) / (mG + cA + cG + mA)`, 0 when nothing was
 * exchanged. An ask counts like a gift because it is a claim on the other side's time.
 *
 * @example
 * exchangeBalance({ memberGave: 3, memberAsked: 0, contactGave: 1, contactAsked: 0 }) // => 0.5
 */
export function exchangeBalance(c: ExchangeCounts): number {
  const total = c.memberGave + c.memberAsked + c.contactGave + c.contactAsked
  if (total === 0) return 0
  return (c.memberGave + c.contactAsked - c.contactGave - c.memberAsked) / total
}

/**
 * The label a person would use: within ±1/3 "balanced"; above it "they ask more" when the
 * contact's asks outnumber the member's gifts, else "you give more"; below it "you ask more"
 * or "they give more" the same way.
 *
 * @example
 * reciprocityLabel({ memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 5 })
 * // => 'they ask more'
 */
export function reciprocityLabel(c: ExchangeCounts): ReciprocityLabel {
  const total = c.memberGave + c.memberAsked + c.contactGave + c.contactAsked
  if (total === 0) return 'no exchanges'
  const balance = exchangeBalance(c)
  if (Math.abs(balance) <= BALANCED_WITHIN) return 'balanced'
  if (balance > 0) return c.contactAsked > c.memberGave ? 'they ask more' : 'you give more'
  return c.memberAsked > c.contactGave ? 'you ask more' : 'they give more'
}

/** Totals with balance and label, from counts already gathered. */
export function reciprocityTotals(c: ExchangeCounts): ReciprocityTotals {
  return {
    memberGave: c.memberGave,
    memberAsked: c.memberAsked,
    contactGave: c.contactGave,
    contactAsked: c.contactAsked,
    given: c.memberGave,
    asked: c.contactAsked,
    received: c.contactGave,
    balance: exchangeBalance(c),
    label: reciprocityLabel(c),
  }
}

function tally(c: ExchangeCounts, actor: Actor, gave: boolean): void {
  if (actor === 'member') {
    if (gave) c.memberGave++
    else c.memberAsked++
  } else if (gave) c.contactGave++
  else c.contactAsked++
}

/**
 * Given versus asked, both ways, in total and per calendar year. See `exchangeOf` for what
 * counts and `exchangeBalance` for the formula. Interactions after `now` (when given) are
 * ignored. One pass over the interactions.
 *
 * @example
 * reciprocity([
 *   { kind: 'favor_asked', at: new Date('2023-02-01') },
 *   { kind: 'favor_given', at: new Date('2023-02-03') },
 *   { kind: 'intro_received', at: new Date('2024-06-01') },
 * ])
 * // => { memberGave: 1, contactAsked: 1, contactGave: 1, memberAsked: 0, given: 1, asked: 1,
 * //      received: 1, balance: 1/3, label: 'balanced', byYear: [2023: 'you give more' …,
 * //      2024: 'they give more' …] }
 */
export function reciprocity(interactions: readonly Interaction[], now?: Date): Reciprocity {
  const limit = now === undefined ? Number.POSITIVE_INFINITY : now.getTime()
  const total: ExchangeCounts = { memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 0 }
  const years = new Map<number, ExchangeCounts>()
  for (const i of interactions) {
    const ex = exchangeOf(i)
    if (ex === null) continue
    if (!(i.at.getTime() <= limit)) continue
    tally(total, ex.actor, ex.gave)
    const year = i.at.getUTCFullYear()
    let y = years.get(year)
    if (y === undefined) {
      y = { memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 0 }
      years.set(year, y)
    }
    tally(y, ex.actor, ex.gave)
  }
  const byYear: ReciprocityYear[] = []
  for (const [year, c] of years) {
    byYear.push({ year, ...c, balance: exchangeBalance(c), label: reciprocityLabel(c) })
  }
  byYear.sort((a, b) => a.year - b.year)
  return { ...reciprocityTotals(total), byYear }
}
