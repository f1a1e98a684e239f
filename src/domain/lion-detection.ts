/**
 * What is known about one member when judging whether they are an open networker ("LION"):
 * structure from the graph always; behaviour and self-declaration when the app has them.
 */
export interface LionSignals {
  degree: number
  /** Local clustering: the share of pairs of their contacts who are tied to each other. */
  clustering: number
  /** The clustering a neighbourhood of random members would show: the network's tie density. */
  randomClustering: number
  /** The typical member's number of ties (median). */
  networkMedianDegree: number
  /**
   * Share of their contacts who have no more in common with the rest of their network than
   * chance would give (spread over unrelated groups).
   */
  unrelatedShare?: number
  invitationsSent?: number
  /** Share of the invitations they received that they accepted. */
  acceptanceRate?: number
  /** Share of their ties with no interaction at all (no message, meeting, introduction). */
  noInteractionShare?: number
  /** How many people answered "I don't know this person" to their invitations. */
  unknownAnswers?: number
  /** Share of their sent invitations left unanswered. */
  ignoredInvitationRate?: number
  /** They call themselves an open networker (e.g. "LION" in their headline). */
  selfDeclared?: boolean
}

export interface LionAssessment {
  /** In [0, 1]; flagged at {@link LION_THRESHOLD} and above. */
  score: number
  flagged: boolean
  /** Plain-language reasons, strongest signals first. */
  reasons: string[]
}

export const LION_THRESHOLD = 0.5

/**
 * How many times the local density a LION's neighbourhood may exceed and still count as a
 * little random: planted random hubs in real community graphs sit at 0.5–1.2 times the
 * network's density, real members with as many ties at 1.7 and above (docs/graph-engine.md).
 */
const RANDOM_EXCESS_LIMIT = 2.5

/** Below this many ties nobody is an open networker on structure alone, however scattered. */
export const LION_MIN_DEGREE = 30

/** The volume signal is full at this many times the typical member's ties. */
export const LION_DEGREE_MULTIPLE = 3

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : Number.isFinite(x) ? x : 0
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`
}

function times(ratio: number): string {
  return ratio >= 10 ? `${Math.round(ratio)}` : `${Math.round(ratio * 10) / 10}`
}

/**
 * The degree at which the volume signal starts: twice the typical member's, and never below
 * {@link LION_MIN_DEGREE} (a newcomer with forty scattered contacts is not an open networker).
 *
 * @example
 * lionDegreeFloor(60) // 120
 * lionDegreeFloor(4) // 50
 */
export function lionDegreeFloor(networkMedianDegree: number): number {
  return Math.max(LION_MIN_DEGREE, ((LION_DEGREE_MULTIPLE - 1) * networkMedianDegree) | 0)
}

/**
 * Scores how much a member looks like an open networker.
 *
 * - volume v = clamp(ln(d / D0) / ln(D1 / D0)), D0 = {@link lionDegreeFloor} (twice the
 *   median), D1 = max(3 × median, 1.5 × D0): 0 at twice the typical member's ties, 1 at three
 *   times;
 * - randomness r = 1 − clamp(ln(C / C_random) / ln 2.5): 1 when their contacts know each other
 *   no more than random members would, 0 at two and a half times that;
 * - spread u = share of contacts with no more in common with the rest than chance would give;
 * - structure = v × min(r, u) (v × r when u is unknown);
 * - behaviour b = mean of the known signals: invitations sent (200 → 0, 5,000 → 1, log scale),
 *   acceptance (85% → 0, 100% → 1), ties without interaction (60% → 0, 95% → 1),
 *   "I don't know this person" answers (0 → 0, 10 → 1), ignored invitations (30% → 0, 70% → 1);
 * - score = 1 − (1 − structure)(1 − 0.9·b)(1 − 0.8·declared).
 *
 * @example
 * assessLion({ degree: 180, clustering: 0.0002, randomClustering: 0.0002,
 *   networkMedianDegree: 60, unrelatedShare: 0.95 })
 * // { score: 0.97, flagged: true, reasons: ['connected to 180 people, 3 times the typical 60, whose contacts rarely know each other', …] }
 */
export function assessLion(signals: LionSignals): LionAssessment {
  const reasons: { weight: number; text: string }[] = []
  const d = signals.degree
  const median = signals.networkMedianDegree
  const floor = lionDegreeFloor(median)
  const full = Math.max(LION_DEGREE_MULTIPLE * median, 1.5 * floor)
  const volume = d > floor ? clamp01(Math.log(d / floor) / Math.log(full / floor)) : 0
  const excess = signals.clustering / Math.max(signals.randomClustering, 1e-12)
  const randomness = excess <= 1 ? 1 : clamp01(1 - Math.log(excess) / Math.log(RANDOM_EXCESS_LIMIT))
  const spread = signals.unrelatedShare
  // Both must hold: a member whose contacts are scattered but close-knit, or whose clustering
  // is low only because their contacts are few, is not an open networker.
  const structure = volume * (spread === undefined ? randomness : Math.min(randomness, spread))
  const several = median > 0 ? `, ${times(d / median)} times the typical ${count(median)},` : ''
  if (volume >= 0.5 && randomness >= 0.5) {
    reasons.push({
      weight: volume,
      text: `connected to ${count(d)} people${several} whose contacts rarely know each other`,
    })
  } else if (volume >= 0.5) {
    reasons.push({
      weight: volume / 2,
      text: `connected to ${count(d)} people, where ${count(median)} is typical`,
    })
  }
  if (volume > 0 && spread !== undefined && spread >= 0.5) {
    reasons.push({
      weight: 0.9 * spread * volume,
      text: `${percent(spread)} of their contacts have nothing in common with the rest of their network`,
    })
  }

  const behaviour: number[] = []
  const behave = (
    value: number | undefined,
    score: (v: number) => number,
    text: (v: number) => string,
  ) => {
    if (value === undefined || !Number.isFinite(value)) return
    const s = clamp01(score(value))
    behaviour.push(s)
    if (s >= 0.5) reasons.push({ weight: 0.9 * s, text: text(value) })
  }
  behave(
    signals.invitationsSent,
    (v) => Math.log(Math.max(v, 1) / 200) / Math.log(25),
    (v) => `sent ${count(v)} invitations`,
  )
  behave(
    signals.acceptanceRate,
    (v) => (v - 0.85) / 0.15,
    (v) => `accepts ${percent(v)} of the invitations they receive`,
  )
  behave(
    signals.noInteractionShare,
    (v) => (v - 0.6) / 0.35,
    (v) => `has never interacted with ${percent(v)} of their connections`,
  )
  behave(
    signals.unknownAnswers,
    (v) => v / 10,
    (v) => `${count(v)} people answered "I don't know this person" to their invitations`,
  )
  behave(
    signals.ignoredInvitationRate,
    (v) => (v - 0.3) / 0.4,
    (v) => `${percent(v)} of their invitations are ignored`,
  )
  const b = behaviour.length === 0 ? 0 : behaviour.reduce((x, y) => x + y, 0) / behaviour.length
  const declared = signals.selfDeclared === true ? 1 : 0
  if (declared === 1)
    reasons.push({ weight: 0.8, text: 'describes themselves as an open networker' })

  const score = clamp01(1 - (1 - structure) * (1 - 0.9 * b) * (1 - 0.8 * declared))
  return {
    score,
    flagged: score >= LION_THRESHOLD,
    reasons: reasons.sort((x, y) => y.weight - x.weight).map((r) => r.text),
  }
}
