import { type GraphView, newAdjacency } from './csr.js'
import type { NodeIndex } from './node-index.js'

/**
 * For each neighbour t of `member`, how many nodes hold a strong tie (strength at least
 * `strongFrom`) with both `member` and t: the structural input of tie strength (Onnela et al.
 * 2007: neighbourhoods overlap more the stronger the tie). No consent is asked: the number is
 * part of the member's own score of t and shown to nobody else.
 *
 * Invariant: `result.get(t) = |{m : w(member, m) ≥ strongFrom and w(t, m) ≥ strongFrom}|` for
 * every neighbour t (property tested against that count). Cost: the sum of the neighbours'
 * degrees.
 *
 * @example
 * mutualStrongTies(view, me, 0.6) // Map { a => 2, b => 0 }
 */
export function mutualStrongTies(
  graph: GraphView,
  member: NodeIndex,
  strongFrom: number,
): Map<NodeIndex, number> {
  const own = graph.neighbours(member, newAdjacency())
  const connections: NodeIndex[] = []
  const strong = new Set<number>()
  for (let i = own.start; i < own.end; i++) {
    const t = own.targets[i]!
    connections.push(t as NodeIndex)
    if (own.weights[i]! >= strongFrom) strong.add(t)
  }
  const counts = new Map<NodeIndex, number>()
  const theirs = newAdjacency()
  for (const t of connections) {
    graph.neighbours(t, theirs)
    let n = 0
    for (let i = theirs.start; i < theirs.end; i++) {
      if (theirs.weights[i]! >= strongFrom && strong.has(theirs.targets[i]!)) n++
    }
    counts.set(t, n)
  }
  return counts
}
