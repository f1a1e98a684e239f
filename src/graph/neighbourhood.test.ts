import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { letsThroughArb, smallGraphArb } from '../../test/graph/consenting-paths.js'
import type { LetsThrough } from './consent.js'
import { StaticGraph, tieStrength } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { neighbourhood } from './neighbourhood.js'
import { asNodeIndex } from './node-index.js'

describe('neighbourhood', () => {
  it('lists every neighbour, and exactly the ties among them both ends let the centre see', () => {
    fc.assert(
      fc.property(smallGraphArb(), fc.nat(23), letsThroughArb, (g, start, letsThrough) => {
        const c = start % g.nodeCount
        const lets = (x: number, y: number) =>
          letsThrough(asNodeIndex(x), asNodeIndex(y), tieStrength(g, x, y))
        const { neighbours, ties } = neighbourhood(g, asNodeIndex(c), letsThrough)
        const expected: { a: number; b: number; strength: number }[] = []
        const around = neighbours.map((n) => n.node as number)
        for (const a of around) {
          for (const b of around) {
            const w = tieStrength(g, a, b)
            if (a >= b || w === 0) continue
            if (lets(a, c) && lets(a, b) && lets(b, c) && lets(b, a)) {
              expected.push({ a, b, strength: w })
            }
          }
        }
        const all = [...Array(g.nodeCount).keys()]
        expect([...around].sort((x, y) => x - y)).toEqual(
          all.filter((n) => tieStrength(g, c, n) > 0),
        )
        const key = (t: { a: number; b: number }) => `${t.a}-${t.b}`
        expect(ties.map(key).sort()).toEqual(expected.map(key).sort())
        for (const t of ties) expect(t.strength).toBe(tieStrength(g, t.a, t.b))
      }),
      { numRuns: 300 },
    )
  })

  it('hides a tie when one end does not let the centre through', () => {
    // 0 is the centre, tied to 1 and 2, which are tied to each other; 2 lets nobody through.
    const { csr } = buildCsr(3, Uint32Array.of(0, 0, 1), Uint32Array.of(1, 2, 2), null)
    const g = new StaticGraph(csr)
    const hides2: LetsThrough = (node) => node !== 2
    expect(neighbourhood(g, asNodeIndex(0)).ties).toEqual([{ a: 1, b: 2, strength: 1 }])
    const hidden = neighbourhood(g, asNodeIndex(0), hides2)
    expect(hidden.ties).toEqual([])
    expect(hidden.neighbours.map((n) => n.node).sort()).toEqual([1, 2])
  })
})
