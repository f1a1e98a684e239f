import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { learnPruneThreshold, type PruneMark } from './prune-threshold.js'

const mark = fc.record({
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  verdict: fc.constantFrom('keep' as const, 'prune' as const),
})

describe('learnPruneThreshold', () => {
  it('returns the prior with no marks', () => {
    expect(learnPruneThreshold([])).toEqual({
      threshold: 0.5,
      learnedFrom: 0,
      fromMarks: null,
      misclassified: 0,
      priorWeight: 5,
    })
  })

  it('moves towards the cut that separates the marks, shrunk by the prior', () => {
    const learned = learnPruneThreshold([
      { score: 0.55, verdict: 'keep' },
      { score: 0.6, verdict: 'keep' },
      { score: 0.8, verdict: 'prune' },
      { score: 0.9, verdict: 'prune' },
    ])
    expect(learned.fromMarks).toBeCloseTo(0.7)
    expect(learned.threshold).toBeCloseTo((5 * 0.5 + 4 * 0.7) / 9)
    expect(learned.learnedFrom).toBe(4)
  })

  it('does not let one mark swing the threshold wildly', () => {
    const learned = learnPruneThreshold([{ score: 0.9, verdict: 'keep' }])
    expect(learned.threshold).toBeLessThanOrEqual(0.5 + (0.95 - 0.5) / 6 + 1e-9)
  })

  it('follows many consistent marks closely', () => {
    const marks: PruneMark[] = []
    for (let k = 0; k < 50; k++) {
      marks.push({ score: 0.2 + (k % 10) * 0.01, verdict: 'prune' })
      marks.push({ score: 0.05 + (k % 10) * 0.01, verdict: 'keep' })
    }
    const learned = learnPruneThreshold(marks)
    expect(learned.misclassified).toBe(0)
    expect(learned.threshold).toBeGreaterThan(0.14)
    expect(learned.threshold).toBeLessThanOrEqual(0.2)
  })

  it('judges cuts where they will apply, inside the clamp', () => {
    const marks: PruneMark[] = [
      { score: 0.05, verdict: 'keep' },
      { score: 0, verdict: 'prune' },
      { score: 0, verdict: 'prune' },
    ]
    const learned = learnPruneThreshold(marks, { priorWeight: 0 })
    expect(learned.threshold).toBeGreaterThanOrEqual(0.05)
    expect(learned.misclassified).toBe(2)
  })

  it('ignores marks without a finite score', () => {
    expect(learnPruneThreshold([{ score: Number.NaN, verdict: 'prune' }]).learnedFrom).toBe(0)
  })

  it('stays in bounds and counts every mark', () => {
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 60 }), (marks) => {
        const learned = learnPruneThreshold(marks)
        expect(learned.threshold).toBeGreaterThanOrEqual(0.05)
        expect(learned.threshold).toBeLessThanOrEqual(0.95)
        expect(learned.learnedFrom).toBe(marks.length)
        expect(learned.misclassified).toBeLessThanOrEqual(marks.length)
      }),
    )
  })

  it('never lowers the threshold on keep marks alone, never raises it on prune marks alone', () => {
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 40 }), (marks) => {
        const keeps = marks.map((m) => ({ ...m, verdict: 'keep' as const }))
        const prunes = marks.map((m) => ({ ...m, verdict: 'prune' as const }))
        expect(learnPruneThreshold(keeps).threshold).toBeGreaterThanOrEqual(0.5)
        expect(learnPruneThreshold(prunes).threshold).toBeLessThanOrEqual(0.5)
      }),
    )
  })

  it('misclassifies no more marks than the default would, once the marks outweigh the prior', () => {
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 40 }), (marks) => {
        const learned = learnPruneThreshold(marks, { priorWeight: 0 })
        const atDefault = marks.filter((m) => (m.verdict === 'prune') !== m.score >= 0.5).length
        expect(learned.misclassified).toBeLessThanOrEqual(atDefault)
      }),
      { numRuns: 500 },
    )
  })
})
