/**
 * The oriented form of a graph used for triangle counting: nodes relabelled by rank (degree,
 * then index, ascending) and each tie kept once, from the lower rank to the higher.
 */
export interface OrientedGraph {
  nodeCount: number
  /** rank -> original node */
  order: Uint32Array
  offsets: Uint32Array
  targets: Uint32Array
}

/**
 * Counts, for the ranks `[from, to)`, the triangles whose lowest-ranked corner lies there,
 * adding 1 to each corner's count in `counts` (indexed by rank). `mark` must be zeroed, of
 * length `nodeCount`, and is left zeroed.
 */
export function countTrianglesInRange(
  g: OrientedGraph,
  from: number,
  to: number,
  counts: Uint32Array,
  mark: Uint32Array,
): number {
  const { offsets, targets } = g
  let total = 0
  for (let u = from; u < to; u++) {
    const start = offsets[u]!
    const end = offsets[u + 1]!
    if (end - start < 2) continue
    const stamp = u + 1
    for (let i = start; i < end; i++) mark[targets[i]!] = stamp
    let found = 0
    for (let i = start; i < end; i++) {
      const v = targets[i]!
      let local = 0
      for (let j = offsets[v]!, vEnd = offsets[v + 1]!; j < vEnd; j++) {
        const w = targets[j]!
        if (mark[w] === stamp) {
          counts[w]!++
          local++
        }
      }
      counts[v]! += local
      found += local
    }
    counts[u]! += found
    total += found
    for (let i = start; i < end; i++) mark[targets[i]!] = 0
  }
  return total
}
