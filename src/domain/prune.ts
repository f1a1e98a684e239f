import { type InteractionScan, scanInteractions } from './interaction-scan.js'
import { ago, count, DAY_MS, daysBetween, times, unit } from './reason-phrases.js'
import type { Relationship } from './relationship.js'
import { responsivenessPhrase, type TieStrength, tieStrength } from './tie-strength.js'

export const PRUNE_KINDS = ['dormant', 'non_responder', 'one_way_asker', 'open_networker'] as const
export type PruneKind = (typeof PRUNE_KINDS)[number]

/** Suggest pruning from this score unless the member's marks taught another threshold. */
export const DEFAULT_PRUNE_THRESHOLD = 0.5
/** A signal names its kind in a suggestion from this level. */
export const KIND_FLOOR = 0.35
/** Silence, in years, after which a tie of one or two interactions is a clear case. */
export const CLEAR_SILENCE_YEARS = 8
/** The kinds that describe what someone did, not merely that nothing happened. */
const BEHAVIOURAL: ReadonlySet<PruneKind> = new Set([
  'non_responder',
  'one_way_asker',
  'open_networker',
])

export interface PruneScore {
  /** In [0,1]: `(1 − Π(1 − signal)) · (1 − strength/2)`. */
  score: number
  /** Each signal in [0,1]. */
  signals: Record<PruneKind, number>
  /** Kinds whose signal reaches `KIND_FLOOR`, strongest first. */
  kinds: PruneKind[]
  /** One plain reason per kind, in the same order. */
  reasons: string[]
  /**
   * A clear case: a behavioural kind reached the floor (one-way asker, non-responder, open
   * networker), or a tie of at most two interactions silent for `CLEAR_SILENCE_YEARS`. On a
   * mostly silent network these come first, so the list opens with what a person can act on.
   */
  clear: boolean
}

export interface PruneSuggestion {
  score: number
  reasons: string[]
  kinds: PruneKind[]
}

/**
 * The four prune signals, each in [0,1]:
 * - dormant `= silence · thinness · context`: silence `(years not heard from − 1) / 2` clamped
 *   (0 at one year, 1 from three), thinness `min(1, 3 / (interactions + 1))` (met once or
 *   twice: 1), context 0.6 for people who worked or studied together (an old close tie is worth
 *   reviving), else 1;
 * - non_responder `= (1 − (0.6·rate + 0.4·rate48h)) · min(1, (sent − 1) / 3)`: needs two
 *   settled messages, full weight from four;
 * - one_way_asker `= (asks − gifts) / (asks + gifts) · min(1, asks / 4)` from the contact's
 *   side, needs two asks;
 * - open_networker `= (lionScore − 0.25) / 0.5` clamped (0.75 and above: 1).
 *
 * @example
 * const metOnceIn2010 = { since: new Date('2010-10-12'), howMet: 'met_in_person',
 *   howMetNote: 'at a conference', mutualStrongTies: 0, circles: [],
 *   interactions: [{ kind: 'event', at: new Date('2010-10-12') }] }
 * pruneSignals(metOnceIn2010, new Date('2026-01-01'))
 * // => { dormant: 1, non_responder: 0, one_way_asker: 0, open_networker: 0 }
 */
export function pruneSignals(
  rel: Relationship,
  now: Date,
  scan: InteractionScan = scanInteractions(rel.interactions, now),
): Record<PruneKind, number> {
  const nowMs = now.getTime()
  const heard = scan.lastHeardAt ?? sinceMs(rel)
  const silentYears = heard === null ? Number.POSITIVE_INFINITY : daysBetween(heard, nowMs) / 365.25
  const thin = Math.min(1, 3 / (scan.total + 1))
  const context = rel.howMet === 'worked_together' || rel.howMet === 'studied_together' ? 0.6 : 1
  const dormant = unit((silentYears - 1) / 2) * thin * context

  const r = scan.responsiveness
  const nonResponder =
    r.rate === null
      ? 0
      : (1 - (0.6 * r.rate + 0.4 * (r.rateWithin48h ?? 0))) * unit((r.sent - 1) / 3)

  const asks = scan.exchanges.contactAsked
  const gifts = scan.exchanges.contactGave
  const oneWay = asks < 2 ? 0 : ((asks - gifts) / (asks + gifts)) * unit(asks / 4)

  const lion = rel.lionScore
  const openNetworker = lion === undefined ? 0 : unit((lion - 0.25) / 0.5)

  return {
    dormant: unit(dormant),
    non_responder: unit(nonResponder),
    one_way_asker: unit(oneWay),
    open_networker: openNetworker,
  }
}

/**
 * The prune score of a contact and its reasons, whether or not it passes a threshold (the
 * member's keep/prune marks are taken on these scores). The signals combine as a noisy-or —
 * any one of them is reason enough — damped by the current tie strength so that a live, strong
 * tie is rarely suggested: `score = (1 − Π(1 − s_k)) · (1 − strength/2)`.
 *
 * @example
 * pruneScore(metOnceIn2010, new Date('2026-01-01')) // as in `pruneSignals`
 * // => { score: 0.91…, kinds: ['dormant'],
 * //      reasons: ['met once at a conference in 2010, nothing since'], … }
 */
export function pruneScore(
  rel: Relationship,
  now: Date,
  scan: InteractionScan = scanInteractions(rel.interactions, now),
  tie: Pick<TieStrength, 'strength'> = tieStrength(rel, now, scan),
): PruneScore {
  const signals = pruneSignals(rel, now, scan)
  let keep = 1
  for (const k of PRUNE_KINDS) keep *= 1 - signals[k]
  const score = unit((1 - keep) * (1 - tie.strength / 2))
  const kinds = PRUNE_KINDS.filter((k) => signals[k] >= KIND_FLOOR).sort(
    (a, b) => signals[b] - signals[a],
  )
  const reasons = kinds.map((k) => pruneReason(k, rel, now, scan))
  return { score, signals, kinds, reasons, clear: isClearCase(rel, now, scan, kinds) }
}

function isClearCase(
  rel: Relationship,
  now: Date,
  scan: InteractionScan,
  kinds: readonly PruneKind[],
): boolean {
  if (kinds.some((k) => BEHAVIOURAL.has(k))) return true
  if (!kinds.includes('dormant') || scan.total > 2) return false
  const last = scan.lastAt ?? sinceMs(rel)
  return last !== null && daysBetween(last, now.getTime()) / 365.25 >= CLEAR_SILENCE_YEARS
}

/**
 * A prune suggestion when the score reaches the threshold (default 0.5, or the member's own
 * from `learnPruneThreshold`), else `null`. Reasons name each kind in plain words: "met once
 * at a conference in 2010, nothing since", "you wrote 6 times, they answered once", "asks often
 * (5 asks), never offers", "likely open networker (LION score 0.82)".
 *
 * @example
 * pruneSuggestion(metOnceIn2010, new Date('2026-01-01')) // as in `pruneSignals`
 * // => { score: 0.91…, kinds: ['dormant'], reasons: ['met once at a conference in 2010, nothing since'] }
 * pruneSuggestion(metOnceIn2010, new Date('2026-01-01'), 0.95) // => null
 */
export function pruneSuggestion(
  rel: Relationship,
  now: Date,
  threshold: number = DEFAULT_PRUNE_THRESHOLD,
  scored: PruneScore = pruneScore(rel, now),
): PruneSuggestion | null {
  if (!(scored.score >= threshold)) return null
  if (scored.kinds.length > 0) {
    return { score: scored.score, reasons: scored.reasons, kinds: scored.kinds }
  }
  // @NOTE Several weak signals can add up past a low learned threshold; name the strongest.
  let top: (typeof PRUNE_KINDS)[number] = 'dormant'
  for (const k of PRUNE_KINDS) if (scored.signals[k] > scored.signals[top]) top = k
  return { score: scored.score, reasons: [pruneReason(top, rel, now)], kinds: [top] }
}

function sinceMs(rel: Relationship): number | null {
  const t = rel.since?.getTime()
  return t !== undefined && Number.isFinite(t) ? t : null
}

function pruneReason(
  kind: PruneKind,
  rel: Relationship,
  now: Date,
  scan: InteractionScan = scanInteractions(rel.interactions, now),
): string {
  switch (kind) {
    case 'dormant':
      return dormantPhrase(rel, now, scan)
    case 'non_responder':
      return responsivenessPhrase(scan)
    case 'one_way_asker': {
      const { contactAsked: asks, contactGave: gifts } = scan.exchanges
      const offers =
        gifts === 0 ? 'never offers' : `offered ${gifts === 1 ? 'once' : `${gifts} times`}`
      return `asks often (${asks} asks), ${offers}`
    }
    case 'open_networker':
      return `likely open networker (LION score ${(rel.lionScore ?? 0).toFixed(2)})`
  }
}

/**
 * The dormant reason, true to the records: "met once … nothing since" only when that meeting is
 * the one interaction; "connected in YEAR, no contact since" only for a connection with no
 * interaction of any kind; "last heard from them" when the member wrote since.
 */
function dormantPhrase(rel: Relationship, now: Date, scan: InteractionScan): string {
  const nowMs = now.getTime()
  const connected = connectedMs(rel)
  const note = rel.howMetNote?.trim()
  const where = note ? ` ${note}` : ''
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear()
  if (scan.total === 1 && scan.together === 1 && scan.firstAt !== null) {
    return `met once${where} in ${yearOf(scan.firstAt)}, nothing since`
  }
  if (scan.total === 0) {
    if (connected !== null) return `connected in ${yearOf(connected)}, no contact since`
    const since = sinceMs(rel)
    if (since !== null && rel.howMet === 'met_in_person') {
      return `met once${where} in ${yearOf(since)}, nothing since`
    }
    return since === null
      ? 'no contact recorded'
      : `known since ${yearOf(since)}, no contact recorded`
  }
  if (scan.lastHeardAt === null) {
    const last = scan.lastAt ?? nowMs
    return `you wrote ${times(scan.messagesSent)}, never heard back; you last wrote ${ago(daysBetween(last, nowMs))}`
  }
  const wroteSince = scan.lastAt !== null && scan.lastAt - scan.lastHeardAt > DAY_MS
  const when = ago(daysBetween(scan.lastHeardAt, nowMs))
  const last = wroteSince ? `last heard from them ${when}` : `last contact ${when}`
  return scan.total <= 3 ? `${last}, ${count(scan.total, 'interaction')} in all` : last
}

function connectedMs(rel: Relationship): number | null {
  const t = rel.connectedAt?.getTime()
  return t !== undefined && Number.isFinite(t) && t <= Number.MAX_SAFE_INTEGER ? t : null
}
