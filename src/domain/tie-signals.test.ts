import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Relationship } from './relationship.js'
import { strengthDistribution } from './strength-distribution.js'
import { tieStrength } from './tie-strength.js'

const DAY = 86_400_000
const NOW = new Date('2024-12-16T00:00:00Z')

function connection(daysAgo: number, over: Partial<Relationship> = {}): Relationship {
  const on = new Date(NOW.getTime() - daysAgo * DAY)
  return {
    since: on,
    connectedAt: on,
    howMet: 'imported',
    interactions: [],
    mutualStrongTies: 0,
    circles: [],
    ...over,
  }
}

describe('tie strength without messages', () => {
  it('ranks a recent connection above an old one, all else equal', () => {
    expect(tieStrength(connection(30), NOW).strength).toBeGreaterThan(
      tieStrength(connection(3 * 365), NOW).strength,
    )
  })

  it('counts who asked to connect, a personal note, endorsements and a shared employer', () => {
    const plain = tieStrength(connection(400), NOW).strength
    const at = new Date(NOW.getTime() - 400 * DAY)
    const invitedMe = connection(400, {
      signals: { invitation: { by: 'contact', at, note: false } },
    })
    const withNote = connection(400, { signals: { invitation: { by: 'contact', at, note: true } } })
    const iInvited = connection(400, { signals: { invitation: { by: 'member', at, note: false } } })
    const endorsed = connection(400, { signals: { endorsementsReceived: 2, endorsementsGiven: 1 } })
    const colleague = connection(400, {
      signals: { sharedEmployer: { company: 'Acme', from: 2019, to: null, overlap: true } },
    })
    const s = (r: Relationship) => tieStrength(r, NOW)
    expect(s(iInvited).strength).toBeGreaterThan(plain)
    expect(s(invitedMe).strength).toBeGreaterThan(s(iInvited).strength)
    expect(s(withNote).strength).toBeGreaterThan(s(invitedMe).strength)
    expect(s(endorsed).strength).toBeGreaterThan(plain)
    expect(s(colleague).strength).toBeGreaterThan(plain)
    expect(s(withNote).reasons).toContain(
      'connected 13 months ago, they invited you with a personal note',
    )
    expect(s(endorsed).reasons.join(' ')).toMatch(
      /endorsements both ways \(you gave 1, they gave 2\)/,
    )
    expect(s(colleague).reasons).toContain('worked together at Acme (you since 2019)')
  })

  it('says a shared employer without known overlap is only that', () => {
    const t = tieStrength(
      connection(100, {
        signals: { sharedEmployer: { company: 'Acme', from: 2010, to: 2015, overlap: false } },
      }),
      NOW,
    )
    expect(t.factors.howMet).toBe(0.5)
    expect(t.reasons.join(' ')).not.toMatch(/worked together/)
  })

  it('never lowers strength when a signal is added', () => {
    const signals = fc.record(
      {
        invitation: fc.record({
          by: fc.constantFrom('member' as const, 'contact' as const),
          at: fc.constant(NOW),
          note: fc.boolean(),
        }),
        endorsementsGiven: fc.nat(5),
        endorsementsReceived: fc.nat(5),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 }), signals, (days, sig) => {
        const before = tieStrength(connection(days), NOW).strength
        const after = tieStrength(connection(days, { signals: sig }), NOW).strength
        expect(after).toBeGreaterThanOrEqual(before - 1e-12)
      }),
    )
  })

  it('tells silent connections apart: no strength holds a tenth of them', () => {
    // A connection a day for four years, nothing else: only the date tells them apart.
    const strengths = Array.from(
      { length: 4 * 365 },
      (_, d) => tieStrength(connection(d), NOW).strength,
    )
    expect(strengthDistribution(strengths).mostCommon!.share).toBeLessThan(0.1)
  })
})

describe('strengthDistribution', () => {
  it('finds the most common value and its share', () => {
    expect(strengthDistribution([0.075, 0.0751, 0.2, 0.41])).toEqual({
      contacts: 4,
      distinct: 3,
      mostCommon: { value: 0.075, contacts: 2, share: 0.5 },
      deciles: [2, 0, 1, 0, 1, 0, 0, 0, 0, 0],
    })
    expect(strengthDistribution([]).mostCommon).toBeNull()
  })
})
