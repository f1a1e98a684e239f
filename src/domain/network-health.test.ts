import { describe, expect, it } from 'vitest'
import { type ContactHealthInput, networkHealth } from './network-health.js'

const NOW = new Date('2026-06-30T00:00:00Z')

function contact(
  band: ContactHealthInput['tie']['band'],
  strength: number,
  over: Partial<ContactHealthInput> = {},
): ContactHealthInput {
  return {
    tie: { band, strength },
    responsiveness: { sent: 0, answered: 0, answeredWithin48h: 0 },
    reciprocity: { memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 0 },
    ...over,
  }
}

describe('networkHealth', () => {
  it('summarises bands, reciprocity, responsiveness and dormancy', () => {
    const h = networkHealth(
      [
        contact('strong', 0.8, {
          responsiveness: { sent: 10, answered: 9, answeredWithin48h: 8 },
          reciprocity: { memberGave: 2, memberAsked: 1, contactGave: 2, contactAsked: 1 },
        }),
        contact('weak', 0.2, {
          responsiveness: { sent: 6, answered: 1, answeredWithin48h: 0 },
          reciprocity: { memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 5 },
        }),
        contact('dormant', 0.1),
        contact('dormant', 0.2),
      ],
      [],
      NOW,
    )
    expect(h.size).toBe(4)
    expect(h.byBand).toEqual({ strong: 1, medium: 0, weak: 1, dormant: 2 })
    expect(h.dormantShare).toBe(0.5)
    expect(h.meanStrength).toBeCloseTo(1.3 / 4)
    expect(h.responsiveness).toEqual({
      sent: 16,
      answered: 10,
      answeredWithin48h: 8,
      rate: 10 / 16,
      rateWithin48h: 8 / 16,
    })
    expect(h.reciprocityBalance.balance).toBeCloseTo((2 + 6 - 2 - 1) / 11)
    expect(h.reciprocityBalance.label).toBe('they ask more')
    expect(h.reciprocityBalance.contactsByLabel).toMatchObject({
      balanced: 1,
      'they ask more': 1,
      'no exchanges': 2,
    })
  })

  it('counts outcomes of this calendar year only, by kind', () => {
    const h = networkHealth(
      [],
      [
        { kind: 'job', at: new Date('2026-02-01') },
        { kind: 'meeting', at: new Date('2026-03-01') },
        { kind: 'meeting', at: new Date('2026-04-01') },
        { kind: 'deal', at: new Date('2025-12-31T23:00:00Z') },
        { kind: 'partnership', at: new Date('2026-08-01') },
      ],
      NOW,
    )
    expect(h.outcomesThisYear).toEqual({
      meeting: 2,
      job: 1,
      deal: 0,
      investment: 0,
      partnership: 0,
      nothing: 0,
    })
  })

  it('reads an empty network as zeros, not NaN', () => {
    const h = networkHealth([], [], NOW)
    expect(h).toMatchObject({ size: 0, dormantShare: 0, meanStrength: 0 })
    expect(h.responsiveness.rate).toBeNull()
    expect(h.reciprocityBalance.label).toBe('no exchanges')
  })
})
