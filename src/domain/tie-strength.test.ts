import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  HOW_MET_KINDS,
  INTERACTION_KINDS,
  type Interaction,
  type Relationship,
} from './relationship.js'
import { TIE_FACTORS, TIE_WEIGHTS, tieStrength } from './tie-strength.js'

const DAY = 86_400_000
const NOW = new Date('2026-01-01T00:00:00Z')
const T0 = Date.parse('2012-01-01T00:00:00Z')

function rel(over: Partial<Relationship> = {}): Relationship {
  return { since: null, howMet: null, interactions: [], mutualStrongTies: 0, circles: [], ...over }
}

function every(kind: Interaction['kind'], from: string, days: number, n: number): Interaction[] {
  const start = Date.parse(from)
  return Array.from({ length: n }, (_, k) => ({ kind, at: new Date(start + k * days * DAY) }))
}

const interaction = fc.record({
  kind: fc.constantFrom(...INTERACTION_KINDS),
  at: fc.integer({ min: T0, max: NOW.getTime() }).map((t) => new Date(t)),
  intent: fc.constantFrom(undefined, 'ask' as const, 'offer' as const),
})

const relationship = fc.record({
  since: fc.option(
    fc.integer({ min: Date.parse('2000-01-01'), max: T0 }).map((t) => new Date(t)),
    { nil: null },
  ),
  howMet: fc.option(fc.constantFrom(...HOW_MET_KINDS), { nil: null }),
  interactions: fc.array(interaction, { maxLength: 30 }),
  mutualStrongTies: fc.nat(40),
  circles: fc.constant([] as string[]),
})

describe('tieStrength', () => {
  it('rates a close, active colleague strong', () => {
    const t = tieStrength(
      rel({
        since: new Date('2018-03-01'),
        howMet: 'worked_together',
        mutualStrongTies: 6,
        interactions: [
          ...every('meeting', '2023-01-10', 60, 18),
          ...every('message_sent', '2023-01-05', 20, 54),
          ...every('message_received', '2023-01-06', 20, 54),
        ],
      }),
      NOW,
    )
    expect(t.band).toBe('strong')
    expect(t.strength).toBeGreaterThan(0.75)
    expect(t.reasons).toHaveLength(3)
  })

  it('rates someone met once at a conference in 2010 dormant, and says why', () => {
    const t = tieStrength(
      rel({
        since: new Date('2010-05-01'),
        howMet: 'met_in_person',
        interactions: [{ kind: 'meeting', at: new Date('2010-05-01') }],
      }),
      NOW,
    )
    expect(t.band).toBe('dormant')
    expect(t.strength).toBeLessThan(0.35)
    expect(t.reasons[0]).toBe('last contact 15 years ago')
    expect(t.reasons).toContain('all contact on a single day')
    expect(t.factors.duration).toBe(0)
  })

  it('measures duration from first contact to last hearing from them', () => {
    const t = tieStrength(
      rel({
        since: new Date('2015-01-01'),
        interactions: [{ kind: 'call', at: new Date('2018-01-01') }],
      }),
      NOW,
    )
    expect(t.factors.duration).toBeCloseTo(1 - Math.exp(-1096 / 365.25 / 3), 6)
  })

  it('tells a one-sided correspondence in the words a person would use', () => {
    const t = tieStrength(
      rel({
        since: new Date('2022-01-01'),
        howMet: 'imported',
        interactions: [
          ...every('message_sent', '2024-01-01', 60, 6),
          { kind: 'message_received', at: new Date(Date.parse('2024-01-01') + 303 * DAY) },
        ],
      }),
      NOW,
    )
    expect(t.reasons).toContain('you wrote 6 times, they answered once')
    expect(t.band).toBe('weak')
  })

  it('says when the member wrote last but has not heard back', () => {
    const t = tieStrength(
      rel({
        since: new Date('2015-01-01'),
        interactions: [
          { kind: 'message_received', at: new Date('2021-06-01') },
          ...every('message_sent', '2025-01-01', 60, 4),
        ],
      }),
      NOW,
    )
    expect(t.reasons[0]).toBe('last heard from them 4 years ago')
  })

  it('explains an imported connection with nothing recorded', () => {
    const on = new Date('2021-01-01')
    const t = tieStrength(rel({ since: on, connectedAt: on, howMet: 'imported' }), NOW)
    expect(t.band).toBe('dormant')
    expect(t.reasons).toEqual([
      'no contact since connecting 5 years ago',
      'nothing exchanged yet',
      'no mutual strong ties',
    ])
    expect(t.factors.responsiveness).toBe(0.5)
  })

  it('weights sum to one and strength is their weighted sum', () => {
    expect(TIE_FACTORS.reduce((s, f) => s + TIE_WEIGHTS[f], 0)).toBeCloseTo(1)
    fc.assert(
      fc.property(relationship, (r) => {
        const t = tieStrength(r, NOW)
        const sum = TIE_FACTORS.reduce((s, f) => s + TIE_WEIGHTS[f] * t.factors[f], 0)
        expect(t.strength).toBeCloseTo(sum, 12)
      }),
    )
  })

  it('keeps strength and every factor in [0,1] with at most three reasons', () => {
    fc.assert(
      fc.property(relationship, fc.integer({ min: -5, max: 500 }), (r, mutual) => {
        const t = tieStrength({ ...r, mutualStrongTies: mutual }, NOW)
        expect(t.strength).toBeGreaterThanOrEqual(0)
        expect(t.strength).toBeLessThanOrEqual(1)
        for (const f of TIE_FACTORS) {
          expect(t.factors[f]).toBeGreaterThanOrEqual(0)
          expect(t.factors[f]).toBeLessThanOrEqual(1)
        }
        expect(t.reasons.length).toBeLessThanOrEqual(3)
      }),
    )
  })

  it('never lowers strength when the same history happened more recently', () => {
    fc.assert(
      fc.property(
        relationship,
        fc.integer({ min: 0, max: 3000 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date(T0) }),
        (r, shiftDays, since) => {
          const withSince = { ...r, since }
          const latest = Math.max(0, ...r.interactions.map((i) => i.at.getTime()))
          const shift = Math.min(shiftDays * DAY, NOW.getTime() - latest)
          const moved = r.interactions.map((i) => ({ ...i, at: new Date(i.at.getTime() + shift) }))
          const before = tieStrength(withSince, NOW).strength
          const after = tieStrength({ ...withSince, interactions: moved }, NOW).strength
          expect(after).toBeGreaterThanOrEqual(before - 1e-12)
        },
      ),
    )
  })

  it('never lowers strength when a meeting happens now', () => {
    fc.assert(
      fc.property(relationship, (r) => {
        const before = tieStrength(r, NOW).strength
        const met = [...r.interactions, { kind: 'meeting' as const, at: NOW }]
        expect(tieStrength({ ...r, interactions: met }, NOW).strength).toBeGreaterThanOrEqual(
          before - 1e-12,
        )
      }),
    )
  })

  it('ignores interactions after now', () => {
    fc.assert(
      fc.property(relationship, (r) => {
        const future = { kind: 'meeting' as const, at: new Date(NOW.getTime() + DAY) }
        expect(tieStrength({ ...r, interactions: [...r.interactions, future] }, NOW)).toEqual(
          tieStrength(r, NOW),
        )
      }),
    )
  })
})
