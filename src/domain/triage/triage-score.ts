import { type ClassMatch, classifyColdMessage, type TriageClass } from './classifiers.js'

/** What the recipient's records and the community know about the sender, gathered at send time. */
export interface TriageSignals {
  /** Names of the people both sides count among their strong ties. */
  mutualStrongTies: readonly string[]
  /** The recipient's record of the sender shows a meeting or an event together. */
  metInPerson: boolean
  /** The recipient's record of the sender shows an introduction either way. */
  introducedBefore: boolean
  student: boolean
  inTransition: boolean
  /** The community scan labels the sender a likely open networker. */
  openNetworker: boolean
}

export type TriageReasonCode =
  | 'mutual_strong_ties'
  | 'met_in_person'
  | 'introduced_before'
  | 'student'
  | 'in_transition'
  | 'open_networker'
  | TriageClass

/** One reason, in the words the recipient reads, with what it added to the score. */
export interface TriageReason {
  code: TriageReasonCode
  words: string
  weight: number
}

export interface Triage {
  score: number
  reasons: TriageReason[]
}

/** The weights of docs/triage.md; the score is their plain sum. */
export const TRIAGE_WEIGHTS = {
  mutualStrongTie: 3,
  mutualStrongTiesCounted: 3,
  metInPerson: 4,
  introducedBefore: 4,
  studentOrInTransition: 3,
  openNetworker: -2,
  pitch: -4,
  opener: -3,
  clients: -4,
} as const

function names(people: readonly string[]): string {
  if (people.length <= 2) return people.join(' and ')
  return `${people.slice(0, 2).join(', ')} and ${people.length - 2} more`
}

const CLASS_WORDS: Record<TriageClass, (evidence: string) => string> = {
  pitch: (e) => `Reads like a sales or investment pitch ("${e}")`,
  opener: (e) =>
    `A generic "let's see how we can help each other" opener with no clear ask ("${e}")`,
  clients: (e) => `Asks for access to your clients ("${e}")`,
}

function classReason(match: ClassMatch): TriageReason {
  return {
    code: match.cls,
    words: CLASS_WORDS[match.cls](match.evidence),
    weight: TRIAGE_WEIGHTS[match.cls],
  }
}

/**
 * Scores a cold message for the recipient's tray: score = Σ weight of every reason that holds
 * (weights in {@link TRIAGE_WEIGHTS}; mutual strong ties count 3 each, at most 3 of them;
 * student and in transition together count once). Invariant: `score` is exactly the sum of the
 * returned reasons' weights, so nothing orders the tray that the recipient cannot read.
 *
 * @example
 * triageMessage('Could we book a demo?', { ...noSignals, student: true })
 * // => { score: -1, reasons: [
 * //   { code: 'student', words: 'They are a student', weight: 3 },
 * //   { code: 'pitch', words: 'Reads like a sales or investment pitch ("book a demo")', weight: -4 }] }
 */
export function triageMessage(body: string, signals: TriageSignals): Triage {
  const reasons: TriageReason[] = []
  const ties = signals.mutualStrongTies
  if (ties.length > 0) {
    const counted = Math.min(ties.length, TRIAGE_WEIGHTS.mutualStrongTiesCounted)
    reasons.push({
      code: 'mutual_strong_ties',
      words: `You both count ${names(ties)} among your strong ties`,
      weight: counted * TRIAGE_WEIGHTS.mutualStrongTie,
    })
  }
  if (signals.metInPerson)
    reasons.push({
      code: 'met_in_person',
      words: 'Your records show you have met in person',
      weight: TRIAGE_WEIGHTS.metInPerson,
    })
  if (signals.introducedBefore)
    reasons.push({
      code: 'introduced_before',
      words: 'Your records show an introduction between you before',
      weight: TRIAGE_WEIGHTS.introducedBefore,
    })
  if (signals.student)
    reasons.push({
      code: 'student',
      words: 'They are a student',
      weight: TRIAGE_WEIGHTS.studentOrInTransition,
    })
  else if (signals.inTransition)
    reasons.push({
      code: 'in_transition',
      words: 'They are in transition between roles',
      weight: TRIAGE_WEIGHTS.studentOrInTransition,
    })
  if (signals.openNetworker)
    reasons.push({
      code: 'open_networker',
      words: 'The community scan marks them as a likely open networker, who connects with anyone',
      weight: TRIAGE_WEIGHTS.openNetworker,
    })
  reasons.push(...classifyColdMessage(body).map(classReason))
  return { score: reasons.reduce((sum, r) => sum + r.weight, 0), reasons }
}
