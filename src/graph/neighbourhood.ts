import type { LetsThrough } from './consent.js'
import { type GraphView, newAdjacency } from './csr.js'
import type { NodeIndex } from './node-index.js'

/** A node's first-degree network: its neighbours, and the ties among them it may be shown. */
export interface Neighbourhood {
  /** Each neighbour with the strength of its tie to the centre, strongest first. */
  neighbours: { node: NodeIndex; strength: number }[]
  /** Ties between two neighbours, each once with `a < b`. */
  ties: { a: NodeIndex; b: NodeIndex; strength: number }[]
}

/**
 * The neighbours of `centre` and the ties among them that consent lets the centre see. A tie a–b
 * between two neighbours is shown when a lets both the centre and b through and b lets both the
 * centre and a through: the rule for a path centre–a–b and for centre–b–a, since seeing the tie is
 * seeing either path. Without `letsThrough` every tie among the neighbours is shown.
 *
 * Cost: the sum of the neighbours' degrees.
 *
 * @example
 * neighbourhood(view, me, letsThrough)
 * // { neighbours: [{ node: a, strength: 0.8 }, { node: b, strength: 0.4 }], ties: [{ a, b, strength: 0.6 }] }
 */
export function neighbourhood(
  graph: GraphView,
  centre: NodeIndex,
  letsThrough?: LetsThrough,
): Neighbourhood {
  const lets = (node: number, other: number, strength: number) =>
    letsThrough === undefined || letsThrough(node as NodeIndex, other as NodeIndex, strength)
  const own = graph.neighbours(centre, newAdjacency())
  const strengthToCentre = new Map<number, number>()
  const neighbours: Neighbourhood['neighbours'] = []
  for (let i = own.start; i < own.end; i++) {
    const node = own.targets[i]!
    strengthToCentre.set(node, own.weights[i]!)
    neighbours.push({ node: node as NodeIndex, strength: own.weights[i]! })
  }
  const ties: Neighbourhood['ties'] = []
  const inner = newAdjacency()
  for (const [u, towardsU] of strengthToCentre) {
    if (!lets(u, centre, towardsU)) continue
    graph.neighbours(u, inner)
    for (let i = inner.start; i < inner.end; i++) {
      const v = inner.targets[i]!
      const w = inner.weights[i]!
      const towardsV = strengthToCentre.get(v)
      if (v <= u || towardsV === undefined || !lets(v, centre, towardsV)) continue
      if (lets(u, v, w) && lets(v, u, w)) {
        ties.push({ a: u as NodeIndex, b: v as NodeIndex, strength: w })
      }
    }
  }
  return { neighbours, ties }
}
