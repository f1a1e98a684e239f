import fc from 'fast-check'
import type { LetsThrough } from '../../src/graph/consent.js'
import { type GraphView, newAdjacency, StaticGraph } from '../../src/graph/csr.js'
import { buildCsr } from '../../src/graph/csr-builder.js'
import { asNodeIndex } from '../../src/graph/node-index.js'

/** One simple path from the start, with the product and the minimum of its tie strengths. */
export interface ReferencePath {
  nodes: number[]
  strength: number
  weakest: number
}

/**
 * Every simple path of 1 to `maxHops` hops from `from` along which each intermediary lets both
 * its neighbours on the path through: the rule stated plainly, by exhaustive expansion, for
 * property tests of the engine's faster answers.
 */
export function consentingPaths(
  graph: GraphView,
  from: number,
  maxHops: number,
  letsThrough?: LetsThrough,
): ReferencePath[] {
  const lets = (node: number, other: number, w: number) =>
    letsThrough === undefined || letsThrough(asNodeIndex(node), asNodeIndex(other), w)
  const found: ReferencePath[] = []
  // Each partial path remembers the strength of its last tie, which its last node must accept.
  let frontier = [{ nodes: [from], strength: 1, weakest: 1, last: 0 }]
  for (let hop = 1; hop <= maxHops; hop++) {
    const next: typeof frontier = []
    for (const p of frontier) {
      const u = p.nodes[p.nodes.length - 1]!
      const adj = graph.neighbours(u, newAdjacency())
      for (let i = adj.start; i < adj.end; i++) {
        const v = adj.targets[i]!
        const w = adj.weights[i]!
        if (p.nodes.includes(v)) continue
        // u becomes an intermediary: it must let both the one before it and v through.
        if (hop > 1 && !(lets(u, p.nodes[p.nodes.length - 2]!, p.last) && lets(u, v, w))) continue
        const q = {
          nodes: [...p.nodes, v],
          strength: p.strength * w,
          weakest: Math.min(p.weakest, w),
          last: w,
        }
        found.push(q)
        next.push(q)
      }
    }
    frontier = next
  }
  return found.map(({ nodes, strength, weakest }) => ({ nodes, strength, weakest }))
}

/**
 * Random graphs of 2 to 24 nodes with strengths in (0, 1], some of them all 1; sparse ones
 * (`sparse: true`: at most 8 nodes and 12 ties) keep nodes apart, where consent decides more.
 */
export function smallGraphArb(options: { sparse?: boolean } = {}) {
  const maxTies = options.sparse === true ? 12 : 90
  return fc
    .record({
      n: fc.integer({ min: 2, max: options.sparse === true ? 8 : 24 }),
      edges: fc.array(fc.tuple(fc.nat(23), fc.nat(23), fc.integer({ min: 1, max: 6 })), {
        maxLength: maxTies,
      }),
      weighted: fc.boolean(),
    })
    .map(({ n, edges, weighted }) => {
      const kept = edges.map(([u, v, w]) => [u % n, v % n, w] as const)
      const { csr } = buildCsr(
        n,
        Uint32Array.from(kept, (e) => e[0]),
        Uint32Array.from(kept, (e) => e[1]),
        weighted ? Float32Array.from(kept, (e) => e[2] / 6) : null,
      )
      return new StaticGraph(csr)
    })
}

/**
 * A random consent rule over the first 24 node numbers: either as visibility gives one (each node
 * lets nobody through, only its strong ties of strength at least `strongFrom`, or everyone), or
 * any relation at all between a node and its neighbours, which the engine must follow as well.
 */
export const letsThroughArb = fc.oneof(
  fc
    .record({
      kinds: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 24, maxLength: 24 }),
      strongFrom: fc.constantFrom(0.5, 0.7, 1),
    })
    .map(({ kinds, strongFrom }): LetsThrough => {
      return (node, _neighbour, strength) => {
        const kind = kinds[node] ?? 2
        return kind === 2 || (kind === 1 && strength >= strongFrom)
      }
    }),
  fc.array(fc.boolean(), { minLength: 24 * 24, maxLength: 24 * 24 }).map(
    (allowed): LetsThrough =>
      (node, neighbour) =>
        allowed[node * 24 + neighbour] ?? true,
  ),
)
