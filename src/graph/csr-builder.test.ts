import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCsr, CsrBuilder } from './csr-builder.js'

function tieSet(offsets: Uint32Array, targets: Uint32Array, weights: Float32Array) {
  const ties = new Map<string, number>()
  for (let u = 0; u + 1 < offsets.length; u++) {
    for (let i = offsets[u]!; i < offsets[u + 1]!; i++) ties.set(`${u}-${targets[i]}`, weights[i]!)
  }
  return ties
}

describe('buildCsr', () => {
  it('stores each tie both ways, sorted by strength, without loops or duplicates', () => {
    const b = new CsrBuilder(1)
    b.add(0, 1, 0.25)
    b.add(0, 2, 0.75)
    b.add(2, 0, 0.5)
    b.add(1, 1, 1)
    const { csr, report } = b.build()
    expect(Array.from(csr.offsets)).toEqual([0, 2, 3, 4])
    expect(Array.from(csr.targets)).toEqual([2, 1, 0, 0])
    expect(Array.from(csr.weights)).toEqual([0.75, 0.25, 0.25, 0.75])
    expect(report).toEqual({ selfLoops: 1, duplicates: 1 })
    expect(csr.maxWeight).toBe(0.75)
  })

  it('agrees with a plain map of ties on random input', () => {
    const edge = fc.tuple(fc.nat(30), fc.nat(30), fc.integer({ min: 1, max: 8 }))
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 200 }), (edges) => {
        const us = Uint32Array.from(edges, (e) => e[0])
        const vs = Uint32Array.from(edges, (e) => e[1])
        const ws = Float32Array.from(edges, (e) => e[2] / 8)
        const { csr } = buildCsr(31, us, vs, ws)
        const expected = new Map<string, number>()
        for (const [u, v, w] of edges) {
          if (u === v) continue
          for (const key of [`${u}-${v}`, `${v}-${u}`]) {
            expected.set(key, Math.max(expected.get(key) ?? 0, w / 8))
          }
        }
        expect(tieSet(csr.offsets, csr.targets, csr.weights)).toEqual(expected)
        for (let u = 0; u < 31; u++) {
          for (let i = csr.offsets[u]! + 1; i < csr.offsets[u + 1]!; i++) {
            expect(csr.weights[i]!).toBeLessThanOrEqual(csr.weights[i - 1]!)
          }
        }
      }),
    )
  })
})
