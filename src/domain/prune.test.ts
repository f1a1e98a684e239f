import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRUNE_KINDS, pruneScore, pruneSignals, pruneSuggestion } from './prune.js'
import {
  HOW_MET_KINDS,
  INTERACTION_KINDS,
  type Interaction,
  type Relationship,
} from './relationship.js'

const DAY = 86_400_000
const NOW = new Date('2026-01-01T00:00:00Z')

function rel(over: Partial<Relationship> = {}): Relationship {
  return { since: null, howMet: null, interactions: [], mutualStrongTies: 0, circles: [], ...over }
}

function every(
  kind: Interaction['kind'],
  from: string,
  days: number,
  n: number,
  extra: Partial<Interaction> = {},
): Interaction[] {
  const start = Date.parse(from)
  return Array.from({ length: n }, (_, k) => ({
    kind,
    at: new Date(start + k * days * DAY),
    ...extra,
  }))
}

const metOnceIn2010 = rel({
  since: new Date('2010-10-12'),
  howMet: 'met_in_person',
  howMetNote: 'at a conference',
  interactions: [{ kind: 'event', at: new Date('2010-10-12') }],
})

const closeColleague = rel({
  since: new Date('2016-01-01'),
  howMet: 'worked_together',
  mutualStrongTies: 5,
  interactions: [
    ...every('meeting', '2024-01-10', 45, 16),
    ...every('message_sent', '2024-01-05', 14, 50),
    ...every('message_received', '2024-01-06', 14, 50),
    ...every('favor_given', '2024-03-01', 200, 3),
    ...every('intro_received', '2024-05-01', 200, 3),
  ],
})

describe('pruneSuggestion', () => {
  it('suggests the dormant one-off meeting with the reason in plain words', () => {
    const s = pruneSuggestion(metOnceIn2010, NOW)
    expect(s).not.toBeNull()
    expect(s!.kinds).toEqual(['dormant'])
    expect(s!.reasons).toEqual(['met once at a conference in 2010, nothing since'])
  })

  it('leaves a close, active colleague alone', () => {
    expect(pruneSuggestion(closeColleague, NOW)).toBeNull()
    expect(pruneScore(closeColleague, NOW).score).toBeLessThan(0.2)
  })

  it('spots a non-responder', () => {
    const s = pruneSuggestion(
      rel({
        since: new Date('2022-01-01'),
        interactions: [
          ...every('message_sent', '2024-01-01', 60, 6),
          { kind: 'message_received', at: new Date(Date.parse('2024-01-01') + 303 * DAY) },
        ],
      }),
      NOW,
    )
    expect(s?.kinds).toEqual(['non_responder'])
    expect(s?.reasons).toEqual(['you wrote 6 times, they answered once'])
  })

  it('spots a one-way asker and an open networker', () => {
    const s = pruneSuggestion(
      rel({
        since: new Date('2023-01-01'),
        howMet: 'other',
        lionScore: 0.82,
        interactions: every('message_received', '2025-01-01', 30, 5, { intent: 'ask' }),
      }),
      NOW,
    )
    expect(s?.kinds).toEqual(['one_way_asker', 'open_networker'])
    expect(s?.reasons).toEqual([
      'asks often (5 asks), never offers',
      'likely open networker (LION score 0.82)',
    ])
  })

  it('does not count an old close colleague gone quiet as fully dormant', () => {
    const quiet = rel({
      since: new Date('2005-01-01'),
      howMet: 'worked_together',
      interactions: every('meeting', '2005-01-01', 30, 40),
    })
    expect(pruneSignals(quiet, NOW).dormant).toBeLessThan(pruneSignals(metOnceIn2010, NOW).dormant)
  })

  it('follows the threshold it is given', () => {
    const score = pruneScore(metOnceIn2010, NOW).score
    expect(pruneSuggestion(metOnceIn2010, NOW, score + 0.01)).toBeNull()
    expect(pruneSuggestion(metOnceIn2010, NOW, score)?.score).toBe(score)
  })

  it('names a kind even when weak signals add up past a low threshold', () => {
    const s = pruneSuggestion(closeColleague, NOW, 0)
    expect(s?.kinds).toHaveLength(1)
    expect(s?.reasons).toHaveLength(1)
  })

  it('keeps the score and signals in [0,1] with one reason per kind', () => {
    const relationship = fc.record({
      since: fc.option(fc.date({ min: new Date('2000-01-01'), max: NOW }), { nil: null }),
      howMet: fc.option(fc.constantFrom(...HOW_MET_KINDS), { nil: null }),
      interactions: fc.array(
        fc.record({
          kind: fc.constantFrom(...INTERACTION_KINDS),
          at: fc.date({ min: new Date('2005-01-01'), max: NOW }),
          intent: fc.constantFrom(undefined, 'ask' as const, 'offer' as const),
        }),
        { maxLength: 30 },
      ),
      mutualStrongTies: fc.nat(20),
      circles: fc.constant([] as string[]),
      lionScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    })
    fc.assert(
      fc.property(relationship, (r) => {
        const p = pruneScore(r, NOW)
        expect(p.score).toBeGreaterThanOrEqual(0)
        expect(p.score).toBeLessThanOrEqual(1)
        for (const k of PRUNE_KINDS) {
          expect(p.signals[k]).toBeGreaterThanOrEqual(0)
          expect(p.signals[k]).toBeLessThanOrEqual(1)
        }
        expect(p.reasons).toHaveLength(p.kinds.length)
        const s = pruneSuggestion(r, NOW)
        expect(s === null).toBe(p.score < 0.5)
      }),
    )
  })
})
