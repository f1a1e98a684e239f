import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cadenceLabel, type StayInTouchContact, stayInTouch } from './stay-in-touch.js'

const DAY = 86_400_000
const NOW = new Date('2026-03-01T12:00:00Z')
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY)

describe('stayInTouch', () => {
  it('lists who is due with the reason in words', () => {
    const due = stayInTouch(
      [
        { id: 'ana', circles: ['clients'], lastContactAt: daysAgo(47) },
        { id: 'ben', circles: ['clients'], lastContactAt: daysAgo(10) },
      ],
      { clients: 30 },
      NOW,
    )
    expect(due).toHaveLength(1)
    expect(due[0]).toMatchObject({
      id: 'ana',
      circle: 'clients',
      daysSince: 47,
      overdueDays: 17,
      reason: 'clients: monthly — last contact 47 days ago',
    })
  })

  it('ranks by how overdue relative to the cadence, never-contacted first', () => {
    const due = stayInTouch(
      [
        { id: 'friend', circles: ['friends'], lastContactAt: daysAgo(400) },
        { id: 'client', circles: ['clients'], lastContactAt: daysAgo(47) },
        { id: 'new', circles: ['clients'], lastContactAt: null },
      ],
      { clients: 30, friends: 365 },
      NOW,
    )
    expect(due.map((d) => d.id)).toEqual(['new', 'client', 'friend'])
    expect(due[0]!.reason).toBe('clients: monthly — no contact recorded')
  })

  it('uses the circle that makes a contact most overdue and ignores circles without cadence', () => {
    const due = stayInTouch(
      [{ id: 'x', circles: ['partners', 'clients', 'golf'], lastContactAt: daysAgo(100) }],
      { clients: 30, partners: 90, toString: 1 },
      NOW,
    )
    expect(due[0]!.circle).toBe('clients')
    expect(stayInTouch([{ id: 'y', circles: ['toString'], lastContactAt: null }], {}, NOW)).toEqual(
      [],
    )
  })

  it('includes those due soon within the horizon', () => {
    const contacts = [{ id: 'soon', circles: ['clients'], lastContactAt: daysAgo(25) }]
    expect(stayInTouch(contacts, { clients: 30 }, NOW)).toEqual([])
    expect(stayInTouch(contacts, { clients: 30 }, NOW, { horizonDays: 7 })[0]?.overdueDays).toBe(-5)
  })

  it('names common cadences', () => {
    expect([7, 30, 91, 182, 365, 10].map(cadenceLabel)).toEqual([
      'weekly',
      'monthly',
      'quarterly',
      'twice a year',
      'yearly',
      'every 10 days',
    ])
  })

  it('returns only due contacts, most overdue first', () => {
    const contact = fc.record({
      id: fc.string({ maxLength: 4 }),
      circles: fc.subarray(['clients', 'friends', 'partners']),
      lastContactAt: fc.option(
        fc.integer({ min: 0, max: 800 }).map((n) => daysAgo(n)),
        { nil: null },
      ),
    })
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 30 }), (contacts: StayInTouchContact[]) => {
        const due = stayInTouch(contacts, { clients: 30, friends: 365 }, NOW)
        for (const d of due) {
          if (d.daysSince !== null) expect(d.daysSince).toBeGreaterThanOrEqual(d.cadenceDays)
        }
        for (let k = 1; k < due.length; k++) {
          expect(due[k - 1]!.overdueRatio).toBeGreaterThanOrEqual(due[k]!.overdueRatio)
        }
      }),
    )
  })
})
