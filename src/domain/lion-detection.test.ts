import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessLion, LION_THRESHOLD, type LionSignals, lionDegreeFloor } from './lion-detection.js'

const typical: LionSignals = {
  degree: 80,
  clustering: 0.25,
  randomClustering: 0.0001,
  networkMedianDegree: 60,
}

describe('assessLion', () => {
  it('flags thousands of ties among people who do not know each other, with reasons in words', () => {
    const lion = assessLion({
      degree: 14200,
      clustering: 0.00015,
      randomClustering: 0.0001,
      networkMedianDegree: 60,
      unrelatedShare: 0.93,
    })
    expect(lion.flagged).toBe(true)
    expect(lion.score).toBeGreaterThan(LION_THRESHOLD)
    expect(lion.reasons[0]).toBe(
      'connected to 14,200 people, 237 times the typical 60, whose contacts rarely know each other',
    )
    expect(lion.reasons).toContain(
      '93% of their contacts have nothing in common with the rest of their network',
    )
  })

  it('does not flag a well-connected member whose contacts know each other', () => {
    const hub = assessLion({ ...typical, degree: 4000, clustering: 0.08, unrelatedShare: 0.05 })
    expect(hub.flagged).toBe(false)
    expect(assessLion(typical)).toEqual({ score: 0, flagged: false, reasons: [] })
  })

  it('lets behaviour and self-declaration flag a member the structure alone would not', () => {
    const inviter = assessLion({
      ...typical,
      invitationsSent: 6000,
      acceptanceRate: 1,
      noInteractionShare: 0.97,
      unknownAnswers: 25,
      ignoredInvitationRate: 0.8,
    })
    expect(inviter.flagged).toBe(true)
    expect(inviter.reasons).toContain('sent 6,000 invitations')
    expect(inviter.reasons).toContain('accepts 100% of the invitations they receive')
    const declared = assessLion({ ...typical, selfDeclared: true })
    expect(declared.flagged).toBe(true)
    expect(declared.reasons).toEqual(['describes themselves as an open networker'])
  })

  it('keeps the score in [0, 1] and never lowers it when the degree grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50000 }),
        fc.integer({ min: 0, max: 50000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d1, d2, c, u) => {
          const base = { ...typical, clustering: c, unrelatedShare: u }
          const a = assessLion({ ...base, degree: Math.min(d1, d2) })
          const b = assessLion({ ...base, degree: Math.max(d1, d2) })
          expect(a.score).toBeGreaterThanOrEqual(0)
          expect(b.score).toBeLessThanOrEqual(1)
          expect(b.score).toBeGreaterThanOrEqual(a.score)
        },
      ),
    )
  })

  it('starts counting volume at twice the typical degree, never below 30', () => {
    expect(lionDegreeFloor(4)).toBe(30)
    expect(lionDegreeFloor(60)).toBe(120)
  })

  it('flags an ordinary-sized open networker: three times the typical ties, scattered', () => {
    const lion = assessLion({
      degree: 180,
      clustering: 0.011,
      randomClustering: 0.01,
      networkMedianDegree: 60,
      unrelatedShare: 0.95,
    })
    expect(lion.flagged).toBe(true)
    expect(lion.reasons[0]).toBe(
      'connected to 180 people, 3 times the typical 60, whose contacts rarely know each other',
    )
  })

  it('does not flag the same count when the contacts know each other or are close-knit', () => {
    const knit = { degree: 180, randomClustering: 0.01, networkMedianDegree: 60 }
    // Their contacts know each other three times as often as random members would.
    expect(assessLion({ ...knit, clustering: 0.03, unrelatedShare: 0.95 }).flagged).toBe(false)
    // Clustering looks random but most contacts share a circle with the rest.
    expect(assessLion({ ...knit, clustering: 0.01, unrelatedShare: 0.3 }).flagged).toBe(false)
    // Scattered, but only twice the typical count: a sociable member, not an open networker.
    expect(
      assessLion({ ...knit, degree: 120, clustering: 0.01, unrelatedShare: 0.95 }).flagged,
    ).toBe(false)
  })
})
