import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consentingPaths,
  letsThroughArb,
  smallGraphArb,
} from '../../test/graph/consenting-paths.js'
import type { LetsThrough } from './consent.js'
import { type GraphView, StaticGraph } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { DegreeCounter, mutualConnections } from './degrees.js'
import { asNodeIndex } from './node-index.js'

/** The level of every node reached from `s`: the fewest hops of a path with consent at every hop. */
function referenceCounts(g: GraphView, s: number, letsThrough?: LetsThrough): number[] {
  const level = new Map<number, number>()
  for (const p of consentingPaths(g, s, 3, letsThrough)) {
    const end = p.nodes[p.nodes.length - 1]!
    const hops = p.nodes.length - 1
    level.set(end, Math.min(level.get(end) ?? 4, hops))
  }
  const counts = [0, 0, 0]
  for (const d of level.values()) counts[d - 1]!++
  return counts
}

describe('DegreeCounter', () => {
  it('matches a brute-force search of paths with consent at every hop, top-down and bottom-up alike', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallGraphArb(), smallGraphArb({ sparse: true })),
        fc.nat(23),
        fc.option(letsThroughArb),
        (g, start, lets) => {
          const s = start % g.nodeCount
          const letsThrough = lets ?? undefined
          const counter = new DegreeCounter(g)
          const c = counter.count(asNodeIndex(s), letsThrough)
          expect([c.first, c.second, c.third]).toEqual(referenceCounts(g, s, letsThrough))
          // Reusing the scratch space gives the same answer.
          expect(counter.count(asNodeIndex(s), letsThrough)).toEqual(c)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('counts a member reached directly who passes the walk on only from a shared friend', () => {
    // 0 is tied to 1 and 2; 1 and 2 are tied; 2 is tied to 3. Node 2 lets only 1 through.
    const { csr } = buildCsr(4, Uint32Array.of(0, 0, 1, 2), Uint32Array.of(1, 2, 2, 3), null)
    const letsThrough: LetsThrough = (node, neighbour) => node !== 2 || neighbour !== 0
    const counts = new DegreeCounter(new StaticGraph(csr)).count(asNodeIndex(0), letsThrough)
    expect(counts).toEqual({ first: 2, second: 0, third: 1 })
  })

  it('goes bottom-up on the third level of a dense graph and still follows consent', () => {
    // A star of 60 around 1, all of them tied to 0's only friend 1; everyone lets everyone through
    // except 1, who lets nobody pass towards odd nodes.
    const lo: number[] = [0]
    const hi: number[] = [1]
    for (let i = 2; i < 62; i++) {
      lo.push(1)
      hi.push(i)
      lo.push(i)
      hi.push(62 + (i % 5))
    }
    const { csr } = buildCsr(67, Uint32Array.from(lo), Uint32Array.from(hi), null)
    const letsThrough: LetsThrough = (node, neighbour) => node !== 1 || neighbour % 2 === 0
    const g = new StaticGraph(csr)
    const counts = new DegreeCounter(g).count(asNodeIndex(0), letsThrough)
    expect([counts.first, counts.second, counts.third]).toEqual(referenceCounts(g, 0, letsThrough))
    expect(counts).toEqual({ first: 1, second: 30, third: 5 })
  })
})

describe('mutualConnections', () => {
  it('lists shared connections the filter allows, strongest first', () => {
    const { csr } = buildCsr(
      5,
      Uint32Array.of(0, 0, 0, 1, 1, 1),
      Uint32Array.of(2, 3, 4, 2, 3, 0),
      Float32Array.of(0.5, 1, 0.5, 0.5, 0.25, 1),
    )
    const g = new StaticGraph(csr)
    const all = mutualConnections(g, asNodeIndex(0), asNodeIndex(1))
    expect(all.map((m) => m.node)).toEqual([2, 3])
    expect(all.map((m) => m.strength)).toEqual([0.25, 0.25])
    const hidden = mutualConnections(
      g,
      asNodeIndex(0),
      asNodeIndex(1),
      (u, v) => u !== 3 && v !== 3,
    )
    expect(hidden.map((m) => m.node)).toEqual([2])
  })
})
