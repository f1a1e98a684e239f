import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type EdgeFilter, type GraphView, newAdjacency, StaticGraph } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { DegreeCounter, mutualConnections } from './degrees.js'
import { asNodeIndex } from './node-index.js'

function referenceLevels(g: GraphView, s: number, filter?: EdgeFilter): number[] {
  const dist = new Map<number, number>([[s, 0]])
  const queue = [s]
  while (queue.length > 0) {
    const u = queue.shift()!
    const adj = g.neighbours(u, newAdjacency())
    for (let i = adj.start; i < adj.end; i++) {
      const v = adj.targets[i]!
      if (dist.has(v)) continue
      if (filter && !filter(asNodeIndex(u), asNodeIndex(v), adj.weights[i]!)) continue
      dist.set(v, dist.get(u)! + 1)
      queue.push(v)
    }
  }
  const counts = [0, 0, 0]
  for (const d of dist.values()) if (d >= 1 && d <= 3) counts[d - 1]!++
  return counts
}

const graphArb = fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 160 }).map((edges) => {
  const { csr } = buildCsr(
    40,
    Uint32Array.from(edges, (e) => e[0]),
    Uint32Array.from(edges, (e) => e[1]),
    null,
  )
  return new StaticGraph(csr)
})

describe('DegreeCounter', () => {
  it('matches a plain breadth-first search, top-down and bottom-up alike', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(39), fc.integer({ min: 0, max: 3 }), (g, s, hidden) => {
        const filter: EdgeFilter | undefined =
          hidden === 0 ? undefined : (u, v) => u % 4 !== hidden && v % 4 !== hidden
        const counter = new DegreeCounter(g)
        const c = counter.count(asNodeIndex(s), filter)
        expect([c.first, c.second, c.third]).toEqual(referenceLevels(g, s, filter))
        // Reusing the scratch space gives the same answer.
        expect(counter.count(asNodeIndex(s), filter)).toEqual(c)
      }),
    )
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
