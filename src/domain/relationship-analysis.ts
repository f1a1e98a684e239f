import { scanInteractions } from './interaction-scan.js'
import { DEFAULT_PRUNE_THRESHOLD, type PruneScore, pruneScore } from './prune.js'
import { type ReciprocityTotals, reciprocityTotals } from './reciprocity.js'
import type { Relationship } from './relationship.js'
import type { Responsiveness } from './responsiveness.js'
import { type TieStrength, tieStrength } from './tie-strength.js'

export interface RelationshipAnalysis {
  tie: TieStrength
  responsiveness: Responsiveness
  /** Totals both ways; `reciprocity()` adds the per-year breakdown when a page needs it. */
  reciprocity: ReciprocityTotals
  prune: PruneScore & { suggested: boolean }
  /** Last interaction of any kind, else `since`: the input of `stayInTouch`. */
  lastContactAt: Date | null
}

export interface AnalyzeOptions {
  /** The member's threshold from `learnPruneThreshold`; default 0.5. */
  pruneThreshold?: number
}

/**
 * Everything the model says about one contact from a single scan of its interactions: tie
 * strength, responsiveness, reciprocity totals, prune score and the last contact. This is the
 * call to use when scoring a whole network (imports, reports, health); its parts equal what
 * `tieStrength`, `responsiveness`, `reciprocity` and `pruneScore` return on their own.
 * Linear in the contact's interactions.
 *
 * @example
 * const a = analyzeRelationship(rel, now, { pruneThreshold: learned.threshold })
 * a.tie.band // => 'weak'
 * a.prune.suggested ? a.prune.reasons : [] // => ['you wrote 6 times, they answered once']
 */
export function analyzeRelationship(
  rel: Relationship,
  now: Date,
  options: AnalyzeOptions = {},
): RelationshipAnalysis {
  const scan = scanInteractions(rel.interactions, now)
  const tie = tieStrength(rel, now, scan)
  const prune = pruneScore(rel, now, scan, tie)
  const threshold = options.pruneThreshold ?? DEFAULT_PRUNE_THRESHOLD
  const since = rel.since?.getTime()
  const sinceOk = since !== undefined && Number.isFinite(since) && since <= now.getTime()
  const last = scan.lastAt ?? (sinceOk ? since : null)
  return {
    tie,
    responsiveness: scan.responsiveness,
    reciprocity: reciprocityTotals(scan.exchanges),
    prune: { ...prune, suggested: prune.score >= threshold },
    lastContactAt: last === null ? null : new Date(last),
  }
}
