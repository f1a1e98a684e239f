import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byWeakestLink, type PathRank } from './path-ranking.js'

const weight = fc.double({ min: 0.01, max: 1, noNaN: true })
const rankArb = fc.array(weight, { minLength: 1, maxLength: 3 }).map(
  (ties): PathRank => ({
    weakestLink: Math.min(...ties),
    strength: ties.reduce((p, w) => p * w, 1),
    hops: ties.length,
  }),
)

describe('byWeakestLink', () => {
  it('puts the path with the stronger weakest link first, whatever the product', () => {
    const direct = { weakestLink: 0.5, strength: 0.5, hops: 1 }
    const viaFriend = { weakestLink: 0.8, strength: 0.64, hops: 2 }
    const longWay = { weakestLink: 0.8, strength: 0.512, hops: 3 }
    expect([direct, longWay, viaFriend].sort(byWeakestLink)).toEqual([viaFriend, longWay, direct])
  })

  it('prefers fewer hops between paths of the same ties', () => {
    const a = { weakestLink: 0.6, strength: 0.6, hops: 2 }
    const b = { weakestLink: 0.6, strength: 0.6, hops: 1 }
    expect([a, b].sort(byWeakestLink)).toEqual([b, a])
  })

  it('is a consistent order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(rankArb, rankArb, rankArb, (a, b, c) => {
        expect(Math.sign(byWeakestLink(a, b))).toBe(-Math.sign(byWeakestLink(b, a)) || 0)
        if (byWeakestLink(a, b) <= 0 && byWeakestLink(b, c) <= 0) {
          expect(byWeakestLink(a, c)).toBeLessThanOrEqual(0)
        }
      }),
    )
  })
})
