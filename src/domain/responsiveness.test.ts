import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Interaction } from './relationship.js'
import { ANSWER_WINDOW_DAYS, responsiveness } from './responsiveness.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const NOW = new Date('2026-01-01T00:00:00Z')
const T0 = Date.parse('2020-01-01T00:00:00Z')

function sent(ms: number): Interaction {
  return { kind: 'message_sent', at: new Date(ms) }
}
function received(ms: number): Interaction {
  return { kind: 'message_received', at: new Date(ms) }
}

const messages = fc.array(
  fc.record({
    kind: fc.constantFrom('message_sent' as const, 'message_received' as const, 'meeting' as const),
    at: fc.integer({ min: T0, max: NOW.getTime() }).map((t) => new Date(t)),
  }),
  { maxLength: 40 },
)

describe('responsiveness', () => {
  it('pairs each message with the next reply and measures the delay', () => {
    const r = responsiveness(
      [sent(T0), received(T0 + 6 * HOUR), sent(T0 + 10 * DAY), received(T0 + 13 * DAY)],
      NOW,
    )
    expect(r).toMatchObject({ sent: 2, answered: 2, answeredWithin48h: 1, pending: 0 })
    expect(r.rate).toBe(1)
    expect(r.rateWithin48h).toBe(0.5)
    expect(r.medianReplyHours).toBe((6 + 72) / 2)
  })

  it('counts a run of messages answered by one reply as all answered', () => {
    const r = responsiveness([sent(T0), sent(T0 + HOUR), received(T0 + 2 * HOUR)], NOW)
    expect(r.answered).toBe(2)
    expect(r.answeredWithin48h).toBe(2)
  })

  it('does not let a reply months later answer an old message', () => {
    const msgs: Interaction[] = []
    for (let k = 0; k < 6; k++) msgs.push(sent(T0 + k * 60 * DAY))
    msgs.push(received(T0 + 5 * 60 * DAY + 3 * DAY))
    const r = responsiveness(msgs, NOW)
    expect(r.sent).toBe(6)
    expect(r.answered).toBe(1)
    expect(r.answeredWithin48h).toBe(0)
    expect(r.rate).toBeCloseTo(1 / 6)
  })

  it('leaves a recent unanswered message pending instead of counting it against the contact', () => {
    const r = responsiveness([sent(NOW.getTime() - 2 * DAY)], NOW)
    expect(r).toMatchObject({ sent: 0, pending: 1, rate: null, rateWithin48h: null })
    const old = responsiveness([sent(NOW.getTime() - (ANSWER_WINDOW_DAYS + 1) * DAY)], NOW)
    expect(old).toMatchObject({ sent: 1, answered: 0, pending: 0, rate: 0 })
  })

  it('ignores everything after now and returns nulls with nothing sent', () => {
    const later = NOW.getTime() + DAY
    const r = responsiveness([sent(later), received(later + HOUR), received(T0)], NOW)
    expect(r).toMatchObject({ sent: 0, answered: 0, rate: null, medianReplyHours: null })
  })

  it('keeps counts consistent and rates in [0,1]', () => {
    fc.assert(
      fc.property(messages, (list) => {
        const r = responsiveness(list, NOW)
        expect(r.answeredWithin48h).toBeLessThanOrEqual(r.answered)
        expect(r.answered).toBeLessThanOrEqual(r.sent)
        if (r.rate !== null) {
          expect(r.rate).toBeGreaterThanOrEqual(0)
          expect(r.rate).toBeLessThanOrEqual(1)
          expect(r.rateWithin48h!).toBeLessThanOrEqual(r.rate)
        }
      }),
    )
  })

  it('does not depend on the order of the interactions', () => {
    fc.assert(
      fc.property(messages, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort(
          (a, b) => ((a.at.getTime() * 31 + seed) % 97) - ((b.at.getTime() * 31 + seed) % 97),
        )
        expect(responsiveness(shuffled, NOW)).toEqual(responsiveness(list, NOW))
      }),
    )
  })

  // With a message pending, the added answer may also answer it, late: that rightly lowers the
  // share answered within 48 hours, so the invariant holds for histories with nothing pending.
  it('never lowers either rate when an answered message is added to a settled history', () => {
    fc.assert(
      fc.property(
        messages,
        fc.integer({ min: T0, max: NOW.getTime() - 2 * DAY }),
        fc.integer({ min: 1, max: 48 * HOUR }),
        (list, at, delay) => {
          const before = responsiveness(list, NOW)
          fc.pre(before.pending === 0)
          const after = responsiveness([...list, sent(at), received(at + delay)], NOW)
          expect(after.rate).not.toBeNull()
          if (before.rate !== null) {
            expect(after.rate!).toBeGreaterThanOrEqual(before.rate - 1e-12)
            expect(after.rateWithin48h!).toBeGreaterThanOrEqual(before.rateWithin48h! - 1e-12)
          }
        },
      ),
    )
  })
})
