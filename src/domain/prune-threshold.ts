import { DEFAULT_PRUNE_THRESHOLD } from './prune.js'

export interface PruneMark {
  /** The prune score the contact had when the member marked it. */
  score: number
  verdict: 'keep' | 'prune'
}

export interface LearnedThreshold {
  threshold: number
  /** How many valid marks it learned from. */
  learnedFrom: number
  /** The threshold the member's marks alone would choose, or `null` with no marks. */
  fromMarks: number | null
  /** How many marks the learned threshold still gets wrong. */
  misclassified: number
  /** How much the prior counts, in marks. */
  priorWeight: number
}

export interface PruneThresholdOptions {
  /** Where the threshold starts and what it returns to with no marks. */
  prior?: number
  /** The prior counts like this many marks (default 5). */
  priorWeight?: number
}

export const PRIOR_WEIGHT = 5
export const THRESHOLD_MIN = 0.05
export const THRESHOLD_MAX = 0.95
/** A cut just outside the marks leaves this margin, so a mark at the cut is not on a knife edge. */
const EDGE_MARGIN = 0.05

/**
 * The member's own prune threshold, learned from their keep/prune marks in two explainable
 * steps. (1) The cut that the marks alone prefer: of the candidate cuts (midpoints between
 * neighbouring marked scores, a margin beyond each end, and the prior itself) the one that
 * misclassifies the fewest marks, counting a keep at or above the cut and a prune below it as
 * errors; ties go to the cut nearest the prior. (2) Shrinkage towards the prior, which counts
 * as `priorWeight` (5) marks: `threshold = (5·prior + n·cut) / (5 + n)`, clamped to
 * [0.05, 0.95]. With 5 marks the member's cut has half the say, with 45 nine tenths, so a few
 * marks never swing it wildly. Marks with a non-finite score are ignored.
 * Invariants: no marks gives the prior; only keep marks never lower it; only prune marks never
 * raise it.
 *
 * @example
 * learnPruneThreshold([
 *   { score: 0.55, verdict: 'keep' }, { score: 0.6, verdict: 'keep' },
 *   { score: 0.8, verdict: 'prune' }, { score: 0.9, verdict: 'prune' },
 * ])
 * // => { threshold: 0.59…, learnedFrom: 4, fromMarks: 0.7, misclassified: 1, priorWeight: 5 }
 */
export function learnPruneThreshold(
  marks: readonly PruneMark[],
  options: PruneThresholdOptions = {},
): LearnedThreshold {
  const prior = options.prior ?? DEFAULT_PRUNE_THRESHOLD
  const priorWeight = Math.max(0, options.priorWeight ?? PRIOR_WEIGHT)
  const valid = marks.filter((m) => Number.isFinite(m.score))
  const n = valid.length
  if (n === 0) {
    return {
      threshold: clampThreshold(prior),
      learnedFrom: 0,
      fromMarks: null,
      misclassified: 0,
      priorWeight,
    }
  }
  const sorted = valid
    .map((m) => ({ score: Math.min(1, Math.max(0, m.score)), prune: m.verdict === 'prune' }))
    .sort((a, b) => a.score - b.score)

  // @NOTE Candidates are clamped before they are judged, so the cut that wins is the cut that
  // will be applied.
  const candidates = [clampThreshold(prior), clampThreshold(sorted[0]!.score - EDGE_MARGIN)]
  candidates.push(clampThreshold(sorted[n - 1]!.score + EDGE_MARGIN))
  for (let k = 1; k < n; k++) {
    const a = sorted[k - 1]!.score
    const b = sorted[k]!.score
    if (b > a) candidates.push(clampThreshold((a + b) / 2))
  }

  const scores = new Float64Array(n)
  const prunesBefore = new Uint32Array(n + 1)
  for (let k = 0; k < n; k++) {
    scores[k] = sorted[k]!.score
    prunesBefore[k + 1] = prunesBefore[k]! + (sorted[k]!.prune ? 1 : 0)
  }
  const errorsAt = (cut: number): number => {
    const below = lowerBound(scores, cut)
    const prunesBelow = prunesBefore[below]!
    const keepsAbove = n - below - (prunesBefore[n]! - prunesBelow)
    return prunesBelow + keepsAbove
  }

  let bestCut = candidates[0]!
  let bestErrors = Number.POSITIVE_INFINITY
  for (const cut of candidates) {
    const errors = errorsAt(cut)
    const better =
      errors < bestErrors ||
      (errors === bestErrors && Math.abs(cut - prior) < Math.abs(bestCut - prior))
    if (better) {
      bestCut = cut
      bestErrors = errors
    }
  }
  const threshold = clampThreshold((priorWeight * candidates[0]! + n * bestCut) / (priorWeight + n))
  return {
    threshold,
    learnedFrom: n,
    fromMarks: bestCut,
    misclassified: errorsAt(threshold),
    priorWeight,
  }
}

/** The first index whose score is at least `cut` (the marks below the cut). */
function lowerBound(scores: Float64Array, cut: number): number {
  let lo = 0
  let hi = scores.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (scores[mid]! < cut) lo = mid + 1
    else hi = mid
  }
  return lo
}

function clampThreshold(t: number): number {
  return Math.min(THRESHOLD_MAX, Math.max(THRESHOLD_MIN, t))
}
