import { assessLion, type LionSignals, lionDegreeFloor } from '../domain/lion-detection.js'
import type { CsrGraph } from './csr.js'
import { networkShape, structuralLionSignals } from './lion-signals.js'
import type { NodeIndex } from './node-index.js'

/** A member the scan flagged, with the structural figures behind it. */
export interface FlaggedLion {
  node: NodeIndex
  score: number
  degree: number
  clustering: number
  unrelatedShare: number
  reasons: string[]
}

/** Behaviour and self-declaration the app knows about a member (absent on a bare edge file). */
export type LionBehaviour = Omit<
  LionSignals,
  'degree' | 'clustering' | 'randomClustering' | 'networkMedianDegree' | 'unrelatedShare'
>

/**
 * Scores every member with enough ties to qualify and returns the flagged ones, highest score
 * first. Members below the degree floor can still be flagged on behaviour: pass them in
 * `extraCandidates`.
 *
 * @example
 * const tri = await countTrianglesParallel(csr)
 * scanForLions(csr, localClustering(csr, tri.perNode)) // [{ node, score: 0.93, reasons: [...] }, …]
 */
export function scanForLions(
  csr: CsrGraph,
  clustering: Float64Array,
  behaviour?: (node: NodeIndex) => LionBehaviour | undefined,
  extraCandidates: Iterable<NodeIndex> = [],
): FlaggedLion[] {
  const shape = networkShape(csr)
  const candidates = structuralLionSignals(csr, clustering, {
    minDegree: lionDegreeFloor(shape.medianDegree),
  })
  const seen = new Set<number>(candidates.map((c) => c.node))
  for (const node of extraCandidates) {
    if (seen.has(node) || node >= csr.nodeCount) continue
    seen.add(node)
    candidates.push({
      node,
      degree: csr.offsets[node + 1]! - csr.offsets[node]!,
      clustering: clustering[node] ?? 0,
      unrelatedShare: 0,
    })
  }
  const flagged: FlaggedLion[] = []
  for (const c of candidates) {
    const assessment = assessLion({
      ...behaviour?.(c.node),
      degree: c.degree,
      clustering: c.clustering,
      randomClustering: shape.density,
      networkMedianDegree: shape.medianDegree,
      unrelatedShare: c.unrelatedShare,
    })
    if (!assessment.flagged) continue
    flagged.push({ ...c, score: assessment.score, reasons: assessment.reasons })
  }
  return flagged.sort((a, b) => b.score - a.score || a.node - b.node)
}
