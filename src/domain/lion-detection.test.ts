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
    expect(lion.reasons[0]).toBe('connected to 14,200 people whose contacts rarely know each other')
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

  it('starts counting volume at ten times the typical degree, never below 150', () => {
    expect(lionDegreeFloor(4)).toBe(150)
    expect(lionDegreeFloor(60)).toBe(600)
  })
})
