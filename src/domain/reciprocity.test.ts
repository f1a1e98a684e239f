import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exchangeBalance, exchangeOf, reciprocity, reciprocityLabel } from './reciprocity.js'
import { INTERACTION_KINDS, type Interaction } from './relationship.js'

const d = (s: string) => new Date(s)

const interaction = fc.record({
  kind: fc.constantFrom(...INTERACTION_KINDS),
  at: fc
    .integer({ min: Date.parse('2015-01-01'), max: Date.parse('2026-01-01') })
    .map((t) => new Date(t)),
  intent: fc.constantFrom(undefined, 'ask' as const, 'offer' as const, 'none' as const),
  by: fc.constantFrom(undefined, 'member' as const, 'contact' as const),
})

const counts = fc.record({
  memberGave: fc.nat(20),
  memberAsked: fc.nat(20),
  contactGave: fc.nat(20),
  contactAsked: fc.nat(20),
})

describe('exchangeOf', () => {
  it('reads direction from the kind, the intent and the actor', () => {
    expect(exchangeOf({ kind: 'intro_made', at: d('2024-01-01') })).toEqual({
      actor: 'member',
      gave: true,
    })
    expect(exchangeOf({ kind: 'favor_asked', at: d('2024-01-01') })).toEqual({
      actor: 'contact',
      gave: false,
    })
    expect(exchangeOf({ kind: 'favor_given', at: d('2024-01-01'), by: 'contact' })).toEqual({
      actor: 'contact',
      gave: true,
    })
    expect(exchangeOf({ kind: 'message_received', at: d('2024-01-01'), intent: 'ask' })).toEqual({
      actor: 'contact',
      gave: false,
    })
    expect(exchangeOf({ kind: 'message_sent', at: d('2024-01-01'), intent: 'offer' })).toEqual({
      actor: 'member',
      gave: true,
    })
    expect(exchangeOf({ kind: 'message_sent', at: d('2024-01-01') })).toBeNull()
    expect(exchangeOf({ kind: 'meeting', at: d('2024-01-01') })).toBeNull()
  })
})

describe('reciprocity', () => {
  it('counts both ways, in total and per year', () => {
    const r = reciprocity([
      { kind: 'intro_received', at: d('2024-06-01') },
      { kind: 'favor_asked', at: d('2023-02-01') },
      { kind: 'favor_given', at: d('2023-02-03') },
      { kind: 'message_received', at: d('2023-03-01'), intent: 'ask' },
      { kind: 'meeting', at: d('2023-03-01') },
    ])
    expect(r).toMatchObject({ given: 1, asked: 2, received: 1, memberAsked: 0 })
    expect(r.balance).toBeCloseTo((1 + 2 - 1) / 4)
    expect(r.label).toBe('they ask more')
    expect(r.byYear.map((y) => [y.year, y.label])).toEqual([
      [2023, 'they ask more'],
      [2024, 'they give more'],
    ])
  })

  it('says "no exchanges" for messages and meetings alone', () => {
    const r = reciprocity([
      { kind: 'message_sent', at: d('2024-01-01') },
      { kind: 'meeting', at: d('2024-01-02') },
    ])
    expect(r).toMatchObject({ balance: 0, label: 'no exchanges', byYear: [] })
  })

  it('ignores exchanges after now when now is given', () => {
    const list: Interaction[] = [{ kind: 'favor_given', at: d('2026-06-01') }]
    expect(reciprocity(list, d('2026-01-01')).given).toBe(0)
    expect(reciprocity(list).given).toBe(1)
  })

  it('labels each direction', () => {
    const base = { memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 0 }
    expect(reciprocityLabel({ ...base, memberGave: 3 })).toBe('you give more')
    expect(reciprocityLabel({ ...base, contactAsked: 5 })).toBe('they ask more')
    expect(reciprocityLabel({ ...base, memberAsked: 4, contactGave: 1 })).toBe('you ask more')
    expect(reciprocityLabel({ ...base, contactGave: 2 })).toBe('they give more')
    expect(reciprocityLabel({ ...base, memberGave: 2, contactGave: 2 })).toBe('balanced')
  })

  it('keeps the balance in [-1,1] and turns it over when the sides swap', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const b = exchangeBalance(c)
        expect(b).toBeGreaterThanOrEqual(-1)
        expect(b).toBeLessThanOrEqual(1)
        const swapped = {
          memberGave: c.contactGave,
          memberAsked: c.contactAsked,
          contactGave: c.memberGave,
          contactAsked: c.memberAsked,
        }
        expect(exchangeBalance(swapped)).toBeCloseTo(-b)
      }),
    )
  })

  it('adds up the years to the total', () => {
    fc.assert(
      fc.property(fc.array(interaction, { maxLength: 40 }), (list) => {
        const r = reciprocity(list)
        const sum = r.byYear.reduce((s, y) => s + y.memberGave + y.contactAsked, 0)
        expect(sum).toBe(r.given + r.asked)
        expect(r.given + r.asked + r.received + r.memberAsked).toBe(
          list.filter((i) => exchangeOf(i) !== null).length,
        )
      }),
    )
  })
})
