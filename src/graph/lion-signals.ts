import type { CsrGraph } from './csr.js'
import type { NodeIndex } from './node-index.js'

/** The structural half of the LION signals for one member (behaviour comes from the app). */
export interface StructuralLionSignals {
  node: NodeIndex
  degree: number
  clustering: number
  /**
   * Share of their contacts who share no more of the member's other contacts than chance would
   * give (sampled on large degrees).
   */
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
 * (from the triangle pass) and the share of unrelated contacts. A contact v of u is unrelated when
 * the contacts they share, |N(u) ∩ N(v)|, are at most 1 + 2·E, where E = (d(v) − 1)(d(u) − 1) / n
 * is what chance gives: a member spread over unrelated groups has mostly such contacts, while a
 * colleague or friend shares a team or a circle.
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
      const vStart = offsets[v]!
      const vEnd = offsets[v + 1]!
      const limit = 1 + (2 * (vEnd - vStart - 1) * (degree - 1)) / csr.nodeCount
      let shared = 0
      for (let j = vStart; j < vEnd && shared <= limit; j++) {
        if (mark[targets[j]!] === stamp) shared++
      }
      if (shared <= limit) unrelated++
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
