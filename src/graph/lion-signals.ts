import type { CsrGraph } from './csr.js'
import type { NodeIndex } from './node-index.js'

/** The structural half of the LION signals for one member (behaviour comes from the app). */
export interface StructuralLionSignals {
  node: NodeIndex
  degree: number
  clustering: number
  /** Share of their contacts who know none of their other contacts (sampled on large degrees). */
  unrelatedShare: number
}

export interface NetworkShape {
  medianDegree: number
  meanDegree: number
  /** Tie density 2m / (n (n − 1)): the clustering of a neighbourhood of random members. */
  density: number
}

export interface LionSignalOptions {
  /** Only members with at least this many ties are examined (default 150). */
  minDegree?: number
  /** Contacts examined per member for `unrelatedShare` (evenly spaced; default 2,000). */
  sample?: number
}

/**
 * The network's shape: median and mean degree and tie density.
 *
 * @example
 * networkShape(csr) // { medianDegree: 57, meanDegree: 99.1, density: 0.0000991 }
 */
export function networkShape(csr: CsrGraph): NetworkShape {
  const n = csr.nodeCount
  if (n === 0) return { medianDegree: 0, meanDegree: 0, density: 0 }
  const degrees = new Uint32Array(n)
  for (let u = 0; u < n; u++) degrees[u] = csr.offsets[u + 1]! - csr.offsets[u]!
  degrees.sort()
  const medianDegree = degrees[n >> 1]!
  const meanDegree = csr.targets.length / n
  return { medianDegree, meanDegree, density: n < 2 ? 0 : meanDegree / (n - 1) }
}

/**
 * Structural signals for every member with at least `minDegree` ties: degree, local clustering
 * (from the triangle pass) and the share of contacts who are tied to none of the member's other
 * contacts — a contact v counts as unrelated when no neighbour of v other than the member is
 * itself a neighbour of the member.
 *
 * @example
 * structuralLionSignals(csr, clustering, { minDegree: lionDegreeFloor(shape.medianDegree) })
 */
export function structuralLionSignals(
  csr: CsrGraph,
  clustering: Float64Array,
  options: LionSignalOptions = {},
): StructuralLionSignals[] {
  const minDegree = options.minDegree ?? 150
  const sample = options.sample ?? 2000
  const { offsets, targets } = csr
  const mark = new Uint32Array(csr.nodeCount)
  const out: StructuralLionSignals[] = []
  for (let u = 0; u < csr.nodeCount; u++) {
    const start = offsets[u]!
    const end = offsets[u + 1]!
    const degree = end - start
    if (degree < minDegree || degree === 0) continue
    const stamp = u + 1
    for (let i = start; i < end; i++) mark[targets[i]!] = stamp
    const step = Math.max(1, degree / sample)
    let examined = 0
    let unrelated = 0
    for (let p = 0; p < degree; p += step) {
      const v = targets[start + Math.floor(p)]!
      examined++
      let knows = false
      for (let j = offsets[v]!, vEnd = offsets[v + 1]!; j < vEnd; j++) {
        if (mark[targets[j]!] === stamp) {
          knows = true
          break
        }
      }
      if (!knows) unrelated++
    }
    for (let i = start; i < end; i++) mark[targets[i]!] = 0
    out.push({
      node: u as NodeIndex,
      degree,
      clustering: clustering[u] ?? 0,
      unrelatedShare: unrelated / examined,
    })
  }
  return out
}
