import {
  type ExchangeCounts,
  exchangeBalance,
  type ReciprocityLabel,
  reciprocityLabel,
} from './reciprocity.js'
import type { Responsiveness } from './responsiveness.js'
import type { TieBand } from './strength-bands.js'

export const OUTCOME_KINDS = [
  'meeting',
  'job',
  'deal',
  'investment',
  'partnership',
  'nothing',
] as const
export type OutcomeKind = (typeof OUTCOME_KINDS)[number]

export interface Outcome {
  kind: OutcomeKind
  at: Date
}

/** What health needs of one contact: what `analyzeRelationship` returns fits as is. */
export interface ContactHealthInput {
  tie: { strength: number; band: TieBand }
  responsiveness: Pick<Responsiveness, 'sent' | 'answered' | 'answeredWithin48h'>
  reciprocity: ExchangeCounts
}

export interface NetworkHealth {
  size: number
  byBand: Record<TieBand, number>
  /** Mean tie strength; 0 for an empty network. */
  meanStrength: number
  reciprocityBalance: ExchangeCounts & {
    /** The pooled balance in [-1,1] over every exchange in the network. */
    balance: number
    label: ReciprocityLabel
    /** How many contacts carry each label. */
    contactsByLabel: Record<ReciprocityLabel, number>
  }
  /** Pooled over all the member's settled messages. */
  responsiveness: {
    sent: number
    answered: number
    answeredWithin48h: number
    rate: number | null
    rateWithin48h: number | null
  }
  /** Share of contacts in the dormant band; 0 for an empty network. */
  dormantShare: number
  /** Outcomes dated in the calendar year (UTC) of `now`, up to `now`. */
  outcomesThisYear: Record<OutcomeKind, number>
}

const LABELS: readonly ReciprocityLabel[] = [
  'balanced',
  'you give more',
  'they ask more',
  'you ask more',
  'they give more',
  'no exchanges',
]

/**
 * The member's network at a glance: size by band, the pooled reciprocity balance
 * (`exchangeBalance` over the sums of every contact's exchanges), pooled responsiveness
 * (`Σ answered / Σ sent`, so a contact written to often weighs more), the dormant share
 * (`byBand.dormant / size`) and outcomes this calendar year by kind — the measure the product
 * cares about most. Linear in contacts and outcomes.
 *
 * @example
 * networkHealth(contacts.map((c) => analyzeRelationship(c, now)), outcomes, now)
 * // => { size: 212, byBand: { strong: 14, medium: 40, weak: 61, dormant: 97 },
 * //      dormantShare: 0.46, outcomesThisYear: { meeting: 9, job: 1, … }, … }
 */
export function networkHealth(
  contacts: readonly ContactHealthInput[],
  outcomes: readonly Outcome[],
  now: Date,
): NetworkHealth {
  const byBand = { strong: 0, medium: 0, weak: 0, dormant: 0 } satisfies Record<TieBand, number>
  const pooled: ExchangeCounts = { memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 0 }
  const contactsByLabel = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<
    ReciprocityLabel,
    number
  >
  let sent = 0
  let answered = 0
  let prompt = 0
  let strengthSum = 0
  for (const c of contacts) {
    byBand[c.tie.band]++
    strengthSum += c.tie.strength
    const r = c.reciprocity
    pooled.memberGave += r.memberGave
    pooled.memberAsked += r.memberAsked
    pooled.contactGave += r.contactGave
    pooled.contactAsked += r.contactAsked
    contactsByLabel[reciprocityLabel(r)]++
    sent += c.responsiveness.sent
    answered += c.responsiveness.answered
    prompt += c.responsiveness.answeredWithin48h
  }
  const size = contacts.length

  const outcomesThisYear = Object.fromEntries(OUTCOME_KINDS.map((k) => [k, 0])) as Record<
    OutcomeKind,
    number
  >
  const nowMs = now.getTime()
  const yearStart = Date.UTC(now.getUTCFullYear(), 0, 1)
  for (const o of outcomes) {
    const t = o.at.getTime()
    if (t >= yearStart && t <= nowMs && Object.hasOwn(outcomesThisYear, o.kind)) {
      outcomesThisYear[o.kind]++
    }
  }

  return {
    size,
    byBand,
    meanStrength: size === 0 ? 0 : strengthSum / size,
    reciprocityBalance: {
      ...pooled,
      balance: exchangeBalance(pooled),
      label: reciprocityLabel(pooled),
      contactsByLabel,
    },
    responsiveness: {
      sent,
      answered,
      answeredWithin48h: prompt,
      rate: sent === 0 ? null : answered / sent,
      rateWithin48h: sent === 0 ? null : prompt / sent,
    },
    dormantShare: size === 0 ? 0 : byBand.dormant / size,
    outcomesThisYear,
  }
}
