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
 * adding 1 to each corner's count in `counts` (indexed by rank). `mark` is a bitset of
 * `ceil(nodeCount / 32)` words, zeroed, and is left zeroed.
 * @NOTE a bitset (128 KiB per million nodes) stays in L2 where a byte per node would not.
 */
/** A zeroed mark bitset for {@link countTrianglesInRange}. */
export function newMark(nodeCount: number): Int32Array {
  return new Int32Array((nodeCount >>> 5) + 1)
}

export function countTrianglesInRange(
  g: OrientedGraph,
  from: number,
  to: number,
  counts: Uint32Array,
  mark: Int32Array,
): number {
  const { offsets, targets } = g
  let total = 0
  for (let u = from; u < to; u++) {
    const start = offsets[u]!
    const end = offsets[u + 1]!
    if (end - start < 2) continue
    for (let i = start; i < end; i++) {
      const w = targets[i]!
      mark[w >>> 5]! |= 1 << (w & 31)
    }
    let found = 0
    for (let i = start; i < end; i++) {
      const v = targets[i]!
      let local = 0
      for (let j = offsets[v]!, vEnd = offsets[v + 1]!; j < vEnd; j++) {
        const w = targets[j]!
        if ((mark[w >>> 5]! >>> (w & 31)) & 1) {
          counts[w]!++
          local++
        }
      }
      counts[v]! += local
      found += local
    }
    counts[u]! += found
    total += found
    for (let i = start; i < end; i++) mark[targets[i]! >>> 5] = 0
  }
  return total
}
