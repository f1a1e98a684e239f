import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bandOf, DORMANT_AFTER_DAYS, MEDIUM_FROM, STRONG_FROM } from './strength-bands.js'

describe('bandOf', () => {
  it('bands by strength while the tie is alive', () => {
    expect(bandOf(STRONG_FROM, 10)).toBe('strong')
    expect(bandOf(MEDIUM_FROM, 10)).toBe('medium')
    expect(bandOf(MEDIUM_FROM - 0.01, 10)).toBe('weak')
  })

  it('calls any tie silent for two years, or never heard from, dormant', () => {
    expect(bandOf(0.9, DORMANT_AFTER_DAYS)).toBe('dormant')
    expect(bandOf(0.9, null)).toBe('dormant')
  })

  it('never ranks a weaker tie in a stronger band', () => {
    const order = { dormant: 0, weak: 1, medium: 2, strong: 3 }
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(DORMANT_AFTER_DAYS - 1),
        (a, b, days) => {
          const [lo, hi] = a < b ? [a, b] : [b, a]
          expect(order[bandOf(lo, days)]).toBeLessThanOrEqual(order[bandOf(hi, days)])
        },
      ),
    )
  })
})
