import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { smallGraphArb } from '../../test/graph/consenting-paths.js'
import { StaticGraph, tieStrength } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { mutualStrongTies } from './mutual-strong-ties.js'
import { asNodeIndex } from './node-index.js'

describe('mutualStrongTies', () => {
  it('counts, for every neighbour, the nodes strongly tied to both ends', () => {
    fc.assert(
      fc.property(
        smallGraphArb(),
        fc.nat(23),
        fc.constantFrom(0.5, 0.6, 1),
        (g, start, strongFrom) => {
          const s = start % g.nodeCount
          const counts = mutualStrongTies(g, asNodeIndex(s), strongFrom)
          const nodes = [...Array(g.nodeCount).keys()]
          const neighbours = nodes.filter((t) => tieStrength(g, s, t) > 0)
          expect([...counts.keys()].sort((a, b) => a - b)).toEqual(neighbours)
          for (const t of neighbours) {
            const shared = nodes.filter(
              (m) => tieStrength(g, s, m) >= strongFrom && tieStrength(g, t, m) >= strongFrom,
            )
            expect(counts.get(asNodeIndex(t))).toBe(shared.length)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('leaves out members tied weakly to either end', () => {
    // 0–1 strong; 2 is strongly tied to 0 and 1; 3 is strongly tied to 0, weakly to 1.
    const { csr } = buildCsr(
      4,
      Uint32Array.of(0, 0, 1, 0, 1),
      Uint32Array.of(1, 2, 2, 3, 3),
      Float32Array.of(0.9, 0.8, 0.7, 0.9, 0.2),
    )
    const counts = mutualStrongTies(new StaticGraph(csr), asNodeIndex(0), 0.6)
    expect(counts.get(asNodeIndex(1))).toBe(1)
    expect(counts.get(asNodeIndex(2))).toBe(1)
    expect(counts.get(asNodeIndex(3))).toBe(0)
  })
})
