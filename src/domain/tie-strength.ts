import { type InteractionScan, scanInteractions } from './interaction-scan.js'
import { ago, count, DAY_MS, daysBetween, span, times, unit } from './reason-phrases.js'
import { exchangeBalance } from './reciprocity.js'
import type { HowMetKind, Relationship } from './relationship.js'
import { bandOf, type TieBand } from './strength-bands.js'

export const TIE_FACTORS = [
  'recency',
  'frequency',
  'reciprocity',
  'responsiveness',
  'duration',
  'howMet',
  'structural',
  'connection',
] as const
export type TieFactor = (typeof TIE_FACTORS)[number]

/**
 * The weight of each factor in the strength (they sum to 1). Recency leads because days since
 * last contact was the single best predictor in Gilbert & Karahalios (2009); frequency is
 * Granovetter's "amount of time"; reciprocity and responsiveness his "reciprocal services";
 * duration, how met and mutual strong ties are the weaker context and structure variables.
 */
export const TIE_WEIGHTS: Readonly<Record<TieFactor, number>> = {
  recency: 0.26,
  frequency: 0.17,
  reciprocity: 0.1,
  responsiveness: 0.1,
  duration: 0.07,
  howMet: 0.08,
  structural: 0.07,
  connection: 0.15,
}

/**
 * The parts of the connection factor: how recently the two connected, how the invitation went
 * (who asked, with a note or not) and endorsements either way. This is what an export says about
 * the many ties it holds no messages for (decision 0051).
 */
export const CONNECTION_PARTS = { fresh: 0.55, invitation: 0.2, endorsements: 0.25 } as const
/** Years since connecting at which freshness halves: `1 / (1 + years / 2)`. */
export const CONNECTION_HALF_YEARS = 2
/** Endorsements (both ways together) at which their part reaches 1 − 1/e. */
export const ENDORSEMENT_SCALE = 2

/** Recency halves every 180 days without hearing from the contact. */
export const RECENCY_HALF_LIFE_DAYS = 180
/** Decayed, weighted interactions at which frequency reaches 1 − 1/e. */
export const FREQUENCY_SCALE = 12
/** Years between first contact and last hearing from them at which duration reaches 1 − 1/e. */
export const DURATION_SCALE_YEARS = 3
/** Mutual strong ties at which the structural factor reaches 1 − 1/e. */
export const STRUCTURAL_SCALE = 4
/** A factor with no evidence sits here, so missing data neither helps nor hurts. */
export const NEUTRAL = 0.5

/** Shared context by how the two met: working side by side is the strongest foundation. */
export const HOW_MET_SCORES: Readonly<Record<HowMetKind | 'unknown', number>> = {
  worked_together: 1,
  studied_together: 0.8,
  introduced: 0.6,
  met_in_person: 0.5,
  other: 0.3,
  imported: 0.15,
  unknown: 0.15,
}

const HOW_MET_PHRASES: Readonly<Record<HowMetKind, string>> = {
  worked_together: 'worked together',
  studied_together: 'studied together',
  introduced: 'introduced by a contact',
  met_in_person: 'met in person',
  other: 'met some other way',
  imported: 'imported contact, no shared context recorded',
}

export interface TieStrength {
  /** In [0,1]: `Σ TIE_WEIGHTS[f] · factors[f]`. */
  strength: number
  band: TieBand
  /** The three most influential factors in plain words, most influential first. */
  reasons: string[]
  /** Each factor in [0,1]. */
  factors: Record<TieFactor, number>
}

/** The factors of a tie, each in [0,1]; see docs/intelligence.md for the formulas. */
export function tieFactors(
  rel: Relationship,
  now: Date,
  scan: InteractionScan = scanInteractions(rel.interactions, now),
): Record<TieFactor, number> {
  const nowMs = now.getTime()
  const recency =
    scan.lastHeardAt === null
      ? 0
      : 0.5 ** (daysBetween(scan.lastHeardAt, nowMs) / RECENCY_HALF_LIFE_DAYS)
  const startMs = knownSince(rel, scan)
  const duration =
    startMs === null || scan.lastHeardAt === null
      ? 0
      : 1 - Math.exp(-daysBetween(startMs, scan.lastHeardAt) / 365.25 / DURATION_SCALE_YEARS)
  const r = scan.responsiveness
  const responsiveness =
    r.rate === null ? NEUTRAL : 0.6 * r.rate + 0.4 * (r.rateWithin48h ?? r.rate)
  const mutual = Number.isFinite(rel.mutualStrongTies) ? Math.max(0, rel.mutualStrongTies) : 0
  const shared = rel.signals?.sharedEmployer
  const sharedScore =
    shared === undefined ? 0 : shared.overlap ? HOW_MET_SCORES.worked_together : 0.5
  return {
    recency: unit(recency),
    frequency: unit(1 - Math.exp(-scan.intensity / FREQUENCY_SCALE)),
    reciprocity: unit(reciprocityFactor(scan)),
    responsiveness: unit(responsiveness),
    duration: unit(duration),
    howMet: Math.max(HOW_MET_SCORES[rel.howMet ?? 'unknown'], sharedScore),
    structural: unit(1 - Math.exp(-mutual / STRUCTURAL_SCALE)),
    connection: unit(connectionFactor(rel, nowMs)),
  }
}

function connectedYears(rel: Relationship, nowMs: number): number | null {
  const t = rel.connectedAt?.getTime()
  return t === undefined || !Number.isFinite(t) ? null : daysBetween(t, nowMs) / 365.25
}

function endorsementsOf(rel: Relationship): { given: number; received: number } {
  const clean = (n: number | undefined) => (n !== undefined && n > 0 ? Math.floor(n) : 0)
  return {
    given: clean(rel.signals?.endorsementsGiven),
    received: clean(rel.signals?.endorsementsReceived),
  }
}

/**
 * What the connection itself says, in [0,1]: `0.55·fresh + 0.2·invitation + 0.25·endorsements`,
 * with fresh `1 / (1 + years since connecting / 2)`, invitation 0.6 when the contact asked to
 * connect and 0.4 when the member did, plus 0.4 for a personal note (0 when unknown), and
 * endorsements `1 − e^(−(given + received) / 2)`. Someone never connected has no freshness:
 * it sits at the neutral 0.5, and with no signal at all the whole factor does.
 */
function connectionFactor(rel: Relationship, nowMs: number): number {
  const years = connectedYears(rel, nowMs)
  const invitation = rel.signals?.invitation
  const e = endorsementsOf(rel)
  if (years === null && invitation === undefined && e.given + e.received === 0) return NEUTRAL
  const fresh = years === null ? NEUTRAL : 1 / (1 + years / CONNECTION_HALF_YEARS)
  const invited =
    invitation === undefined
      ? 0
      : (invitation.by === 'contact' ? 0.6 : 0.4) + (invitation.note ? 0.4 : 0)
  const endorsed = 1 - Math.exp(-(e.given + e.received) / ENDORSEMENT_SCALE)
  return (
    CONNECTION_PARTS.fresh * fresh +
    CONNECTION_PARTS.invitation * invited +
    CONNECTION_PARTS.endorsements * endorsed
  )
}

/**
 * Tie strength after Granovetter (1973) and Gilbert & Karahalios (2009): a weighted sum of
 * seven factors in [0,1] — recency `0.5^(days since last heard / 180)`, frequency
 * `1 − e^(−intensity/12)` (intensity: interactions weighted by kind, halving yearly), reciprocity
 * (how evenly messages and services flow), responsiveness `0.6·rate + 0.4·rate48h`, duration
 * `1 − e^(−years/3)` over the years from first contact to last hearing from them, how met, and structure `1 − e^(−mutualStrongTies/4)` — with
 * `strength = Σ TIE_WEIGHTS[f]·factor[f]`, always in [0,1]. Reasons are the three factors whose
 * weighted distance from the neutral 0.5 is largest. Invariants: hearing from the contact more
 * recently, all else equal, never lowers strength; a new meeting never lowers it.
 *
 * @example
 * tieStrength({ since: new Date('2010-05-01'), howMet: 'met_in_person', mutualStrongTies: 0,
 *   circles: [], interactions: [{ kind: 'meeting', at: new Date('2010-05-01') }] },
 *   new Date('2026-01-01'))
 * // => { strength: 0.17, band: 'dormant', reasons: ['last contact 15 years ago',
 * //      'all contact on a single day', 'no mutual strong ties'], factors: {…} }
 */
export function tieStrength(
  rel: Relationship,
  now: Date,
  scan: InteractionScan = scanInteractions(rel.interactions, now),
): TieStrength {
  const factors = tieFactors(rel, now, scan)
  let strength = 0
  for (const f of TIE_FACTORS) strength += TIE_WEIGHTS[f] * factors[f]
  strength = unit(strength)
  const nowMs = now.getTime()
  const heardFrom = scan.lastHeardAt ?? knownSince(rel, scan)
  const band = bandOf(strength, heardFrom === null ? null : daysBetween(heardFrom, nowMs))
  return { strength, band, reasons: topReasons(rel, now, scan, factors), factors }
}

function knownSince(rel: Relationship, scan: InteractionScan): number | null {
  const since = rel.since?.getTime()
  if (since !== undefined && Number.isFinite(since)) {
    return scan.firstAt === null ? since : Math.min(since, scan.firstAt)
  }
  return scan.firstAt
}

function reciprocityFactor(scan: InteractionScan): number {
  const s = scan.messagesSent
  const r = scan.messagesReceived
  const ex = scan.exchanges
  const exchanged = ex.memberGave + ex.memberAsked + ex.contactGave + ex.contactAsked
  let sum = 0
  let parts = 0
  if (s + r > 0) {
    sum += Math.min(s, r) / Math.max(s, r)
    parts++
  }
  if (exchanged > 0) {
    sum += 1 - Math.abs(exchangeBalance(ex))
    parts++
  }
  if (parts > 0) return sum / parts
  return scan.together > 0 ? NEUTRAL : 0
}

const RECENT = 0.5 ** (365 / RECENCY_HALF_LIFE_DAYS)

function topReasons(
  rel: Relationship,
  now: Date,
  scan: InteractionScan,
  factors: Record<TieFactor, number>,
): string[] {
  const ex = scan.exchanges
  const talkOnly =
    ex.memberGave + ex.memberAsked + ex.contactGave + ex.contactAsked === 0 &&
    scan.responsiveness.rate !== null
  const candidates: { f: TieFactor; w: number }[] = []
  for (const f of TIE_FACTORS) {
    if (f === 'responsiveness' && scan.responsiveness.rate === null) continue
    // "no interactions in the past year" would only repeat what recency says then.
    if (f === 'frequency' && scan.pastYear === 0 && factors.recency < RECENT) continue
    // With no services exchanged, reciprocity is the message balance, which the
    // responsiveness phrase ("you wrote 6 times, they answered once") already tells.
    if (f === 'reciprocity' && talkOnly) continue
    // Never heard from: recency already says so.
    if (f === 'duration' && scan.lastHeardAt === null) continue
    // "No contact since connecting 5 years ago" already tells when they connected.
    if (f === 'connection' && scan.total === 0 && onlyConnected(rel)) continue
    let w = Math.abs(TIE_WEIGHTS[f] * (factors[f] - NEUTRAL))
    if (f === 'responsiveness' && talkOnly) {
      w = Math.max(w, Math.abs(TIE_WEIGHTS.reciprocity * (factors.reciprocity - NEUTRAL)))
    }
    if (w > 0) candidates.push({ f, w })
  }
  candidates.sort((a, b) => b.w - a.w)
  // @NOTE What the export says besides messages (an invitation, endorsements) is what tells
  // silent ties apart, so it is always told, in the third place if it did not rank higher.
  const told = candidates.findIndex((c) => c.f === 'connection')
  if (told >= 3 && !onlyConnected(rel)) candidates.splice(2, 0, ...candidates.splice(told, 1))
  // @NOTE Only the chosen factors are phrased: building strings for all seven would triple
  // the allocation when a whole network is scored.
  const reasons: string[] = []
  for (let k = 0; k < candidates.length && k < 3; k++) {
    reasons.push(phrase(candidates[k]!.f, rel, now, scan, factors))
  }
  return reasons
}

function phrase(
  f: TieFactor,
  rel: Relationship,
  now: Date,
  scan: InteractionScan,
  factors: Record<TieFactor, number>,
): string {
  const nowMs = now.getTime()
  switch (f) {
    case 'recency': {
      if (scan.lastHeardAt === null) {
        // @NOTE "No contact since" only when nothing at all happened since; "connecting" only
        // for a connection.
        if (scan.total > 0) return `never heard from them; you wrote ${times(scan.messagesSent)}`
        const connected = rel.connectedAt?.getTime()
        if (connected !== undefined && Number.isFinite(connected)) {
          return `no contact since connecting ${ago(daysBetween(connected, nowMs))}`
        }
        return 'no contact recorded'
      }
      const when = ago(daysBetween(scan.lastHeardAt, nowMs))
      const wroteSince = scan.lastAt !== null && scan.lastAt - scan.lastHeardAt > DAY_MS
      return wroteSince ? `last heard from them ${when}` : `last contact ${when}`
    }
    case 'frequency':
      return scan.pastYear === 0
        ? 'no interactions in the past year'
        : `${count(scan.pastYear, 'interaction')} in the past year`
    case 'reciprocity':
      return reciprocityPhrase(scan)
    case 'responsiveness':
      return responsivenessPhrase(scan)
    case 'duration': {
      const start = knownSince(rel, scan)
      if (start === null || scan.lastHeardAt === null) return 'no record of when you met'
      const days = daysBetween(start, scan.lastHeardAt)
      return days < 1 ? 'all contact on a single day' : `in touch over ${span(days)}`
    }
    case 'connection':
      return connectionPhrase(rel, nowMs)
    case 'howMet': {
      const shared = rel.signals?.sharedEmployer
      if (shared !== undefined && factors.howMet > HOW_MET_SCORES[rel.howMet ?? 'unknown']) {
        return sharedEmployerPhrase(shared)
      }
      if (rel.howMet === null) return 'how you met is not recorded'
      const note = rel.howMetNote?.trim()
      const base = HOW_MET_PHRASES[rel.howMet]
      return note && rel.howMet !== 'imported' ? `${base} ${note}` : base
    }
    case 'structural': {
      const m = Math.max(0, Math.floor(rel.mutualStrongTies) || 0)
      return m === 0 ? 'no mutual strong ties' : count(m, 'mutual strong tie')
    }
  }
}

function yearsPhrase(from: number | null, to: number | null): string {
  if (from === null) return to === null ? '' : ` (you until ${to})`
  return to === null ? ` (you since ${from})` : ` (you ${from}–${to})`
}

function sharedEmployerPhrase(
  shared: NonNullable<NonNullable<Relationship['signals']>['sharedEmployer']>,
): string {
  const years = yearsPhrase(shared.from, shared.to)
  return shared.overlap
    ? `worked together at ${shared.company}${years}`
    : `both worked at ${shared.company}${years}, not known to overlap`
}

function onlyConnected(rel: Relationship): boolean {
  const e = endorsementsOf(rel)
  return rel.signals?.invitation === undefined && e.given + e.received === 0
}

/** "connected 3 months ago, they invited you with a note, endorsed you twice" */
function connectionPhrase(rel: Relationship, nowMs: number): string {
  const parts: string[] = []
  const t = rel.connectedAt?.getTime()
  if (t !== undefined && Number.isFinite(t)) parts.push(`connected ${ago(daysBetween(t, nowMs))}`)
  const invitation = rel.signals?.invitation
  if (invitation !== undefined) {
    const who = invitation.by === 'contact' ? 'they invited you' : 'you invited them'
    parts.push(invitation.note ? `${who} with a personal note` : who)
  }
  const e = endorsementsOf(rel)
  if (e.given > 0 && e.received > 0) {
    parts.push(`endorsements both ways (you gave ${e.given}, they gave ${e.received})`)
  } else if (e.received > 0) parts.push(`endorsed you ${times(e.received)}`)
  else if (e.given > 0) parts.push(`you endorsed them ${times(e.given)}`)
  return parts.length === 0 ? 'not connected' : parts.join(', ')
}

const SERVICE = ['favour or introduction', 'favours or introductions'] as const

/** The reciprocity reason; shared with prune suggestions. */
export function reciprocityPhrase(scan: InteractionScan): string {
  const { memberGave: mG, memberAsked: mA, contactGave: cG, contactAsked: cA } = scan.exchanges
  if (mG + mA + cG + cA > 0) {
    if (cA >= 2 && cG === 0) return `asks often (${cA} asks), never offers`
    const balance = exchangeBalance(scan.exchanges)
    if (Math.abs(balance) <= 1 / 3)
      return `give and take both ways (you gave ${mG}, they gave ${cG})`
    if (balance > 0) {
      return cA > mG
        ? `they asked ${times(cA)}, gave ${cG === 0 ? 'nothing' : count(cG, ...SERVICE)}`
        : `you gave ${count(mG, ...SERVICE)}, they gave ${cG === 0 ? 'none' : cG}`
    }
    return mA > cG
      ? `you asked ${times(mA)}, gave ${mG === 0 ? 'nothing' : count(mG, ...SERVICE)}`
      : `they gave ${count(cG, ...SERVICE)}, you gave ${mG === 0 ? 'none' : mG}`
  }
  const s = scan.messagesSent
  const r = scan.messagesReceived
  if (s > 0 && r === 0) return `you wrote ${times(s)}, they never wrote back`
  if (r > 0 && s === 0) return `they wrote ${times(r)}, you never wrote back`
  if (s + r > 0) {
    const both = Math.min(s, r) / Math.max(s, r) >= 0.5
    return `messages ${both ? 'both ways' : 'mostly one way'} (${s} sent, ${r} received)`
  }
  return scan.together > 0 ? 'met or spoke, nothing exchanged' : 'nothing exchanged yet'
}

/** The responsiveness reason ("you wrote 6 times, they answered once"); shared with prune. */
export function responsivenessPhrase(scan: InteractionScan): string {
  const { sent, answered, replies, answeredWithin48h: prompt } = scan.responsiveness
  if (sent === 0) return 'no messages of yours to answer yet'
  if (answered === sent) {
    const quick = prompt === sent ? 'all' : `${prompt}`
    return sent === 1
      ? `answered your message${prompt === 1 ? ' within 48 hours' : ''}`
      : `answered all ${sent} of your messages, ${quick} within 48 hours`
  }
  // @NOTE "They answered N times" counts their answers, not the messages those answered.
  return `you wrote ${times(sent)}, they ${replies === 0 ? 'never answered' : `answered ${times(replies)}`}`
}
