import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  HOW_MET_KINDS,
  INTERACTION_KINDS,
  type Interaction,
  type Relationship,
} from './relationship.js'
import { analyzeRelationship } from './relationship-analysis.js'

const DAY = 86_400_000
const NOW = new Date('2026-01-01T00:00:00Z')
const FROM = Date.parse('2008-01-01T00:00:00Z')

const WORD_COUNTS: Record<string, number> = { once: 1, twice: 2 }
function timesOf(word: string): number {
  return WORD_COUNTS[word] ?? Number(word.replace(/ times$/, ''))
}

const instant = fc.integer({ min: FROM, max: NOW.getTime() + 60 * DAY }).map((t) => new Date(t))
const interaction: fc.Arbitrary<Interaction> = fc.record({
  kind: fc.constantFrom(...INTERACTION_KINDS, 'message_sent', 'message_received', 'message_sent'),
  at: instant,
  intent: fc.constantFrom(undefined, 'ask' as const, 'offer' as const, 'none' as const),
  by: fc.constantFrom(undefined, 'member' as const, 'contact' as const),
})
/** Short bursts of messages as well as scattered interactions, so replies and follow-ups occur. */
const burst = fc.tuple(instant, fc.array(fc.boolean(), { maxLength: 8 })).map(([start, fromThem]) =>
  fromThem.map(
    (them, k): Interaction => ({
      kind: them ? 'message_received' : 'message_sent',
      at: new Date(start.getTime() + k * 3 * DAY),
    }),
  ),
)
const relationship: fc.Arbitrary<Relationship> = fc
  .record({
    since: fc.option(instant, { nil: null }),
    connected: fc.boolean(),
    howMet: fc.option(fc.constantFrom(...HOW_MET_KINDS), { nil: null }),
    howMetNote: fc.constantFrom(undefined, 'at a conference'),
    scattered: fc.array(interaction, { maxLength: 12 }),
    bursts: fc.array(burst, { maxLength: 3 }),
    mutualStrongTies: fc.nat(5),
    lionScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map((r) => ({
    since: r.since,
    connectedAt: r.connected ? r.since : null,
    howMet: r.howMet,
    howMetNote: r.howMetNote,
    interactions: [...r.scattered, ...r.bursts.flat()],
    mutualStrongTies: r.mutualStrongTies,
    circles: [],
    lionScore: r.lionScore,
  }))

/** The facts of the records a reason may speak of, counted directly. */
function factsOf(rel: Relationship) {
  const past = rel.interactions.filter((i) => i.at.getTime() <= NOW.getTime())
  return {
    total: past.length,
    sent: past.filter((i) => i.kind === 'message_sent').length,
    received: past.filter((i) => i.kind === 'message_received').length,
    heard: past.filter((i) => i.kind !== 'message_sent').length,
    years: new Set(past.map((i) => i.at.getUTCFullYear())),
  }
}

/** Fails with the reason when a reason says something the records contradict. */
function checkReason(reason: string, rel: Relationship): void {
  const f = factsOf(rel)
  const why = `${reason} — ${JSON.stringify(f)}`
  if (/no contact since/.test(reason)) expect(f.total, why).toBe(0)
  if (/since connecting|connected in/.test(reason)) {
    expect(rel.connectedAt, why).toBeInstanceOf(Date)
  }
  const connectedIn = /connected in (\d{4})/.exec(reason)
  if (connectedIn) expect(rel.connectedAt?.getUTCFullYear(), why).toBe(Number(connectedIn[1]))
  if (/nothing since/.test(reason)) expect(f.total, why).toBeLessThanOrEqual(1)
  const metOnce = /met once.* in (\d{4}), nothing since/.exec(reason)
  if (metOnce && f.total === 1) expect(f.years.has(Number(metOnce[1])), why).toBe(true)
  if (/never heard (back|from them)/.test(reason)) expect(f.heard, why).toBe(0)
  if (/no contact recorded/.test(reason)) expect(f.total, why).toBe(0)
  const answered = /they answered (once|twice|\d+ times)/.exec(reason)
  if (answered) {
    expect(timesOf(answered[1]!), why).toBeLessThanOrEqual(f.received)
    expect(timesOf(answered[1]!), why).toBeGreaterThan(0)
  }
  if (/they never answered/.test(reason)) expect(f.sent, why).toBeGreaterThan(0)
  const wrote = /you wrote (once|twice|\d+ times)/.exec(reason)
  if (wrote) expect(timesOf(wrote[1]!), why).toBeLessThanOrEqual(f.sent)
  const inAll = /(\d+) interactions? in all/.exec(reason)
  if (inAll) expect(Number(inAll[1]), why).toBe(f.total)
  const answeredAll = /answered all (\d+) of your messages/.exec(reason)
  if (answeredAll) expect(Number(answeredAll[1]), why).toBeLessThanOrEqual(f.sent)
}

describe('reasons', () => {
  it('say nothing the records contradict, for ties and for prune suggestions', () => {
    fc.assert(
      fc.property(relationship, (rel) => {
        const a = analyzeRelationship(rel, NOW, { pruneThreshold: 0 })
        for (const reason of [...a.tie.reasons, ...a.prune.reasons]) checkReason(reason, rel)
      }),
      { numRuns: 3000 },
    )
  })

  it('count their answers, not the messages those answered', () => {
    const at = (d: number) => new Date(NOW.getTime() - (400 - d) * DAY)
    const rel: Relationship = {
      since: null,
      howMet: null,
      mutualStrongTies: 0,
      circles: [],
      // Fifteen messages in five bursts of three, each burst answered by one reply.
      interactions: Array.from({ length: 5 }, (_, b) => [
        ...[0, 1, 2].map((k) => ({ kind: 'message_sent' as const, at: at(b * 60 + k) })),
        { kind: 'message_received' as const, at: at(b * 60 + 3) },
      ])
        .slice(0, 2)
        .flat()
        .concat(
          Array.from({ length: 9 }, (_, k) => ({
            kind: 'message_sent' as const,
            at: at(120 + k * 30),
          })),
        ),
    }
    const a = analyzeRelationship(rel, NOW)
    expect(a.responsiveness).toMatchObject({ sent: 15, answered: 6, replies: 2 })
    expect([...a.tie.reasons, ...a.prune.reasons]).toContain(
      'you wrote 15 times, they answered twice',
    )
  })

  it('never say "no contact since" about someone the member wrote to', () => {
    const on = new Date('2021-03-01')
    const rel: Relationship = {
      since: on,
      connectedAt: on,
      howMet: 'imported',
      mutualStrongTies: 0,
      circles: [],
      interactions: [{ kind: 'message_sent', at: new Date('2023-05-01') }],
    }
    const a = analyzeRelationship(rel, NOW)
    const reasons = [...a.tie.reasons, ...a.prune.reasons]
    expect(reasons.some((r) => r.includes('no contact since'))).toBe(false)
    expect(a.prune.reasons[0]).toBe('you wrote once, never heard back; you last wrote 2 years ago')
  })

  it('say "connected in YEAR" only of connections', () => {
    const since = new Date('2019-06-01')
    const base: Relationship = {
      since,
      howMet: 'imported',
      mutualStrongTies: 0,
      circles: [],
      interactions: [],
    }
    expect(analyzeRelationship({ ...base, connectedAt: since }, NOW).prune.reasons).toEqual([
      'connected in 2019, no contact since',
    ])
    expect(analyzeRelationship(base, NOW).prune.reasons).toEqual([
      'known since 2019, no contact recorded',
    ])
  })
})
