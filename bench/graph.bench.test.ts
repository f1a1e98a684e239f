import { describe, expect, it } from 'vitest'
import { percentile, runGraphBench } from './graph.bench.js'

describe('graph bench', () => {
  it('runs end to end at a tiny size and reports every field', async () => {
    const r = await runGraphBench({
      members: 3000,
      compareMembers: 1500,
      pathQueries: 40,
      companyQueries: 10,
      degreeQueries: 5,
      comparisonQueries: 20,
      deltaChanges: 200,
    })
    expect(r.members).toBe(3000)
    expect(r.ties).toBeGreaterThan(3000)
    for (const key of [
      'pathP50Ms',
      'pathP99Ms',
      'companyPathP99Ms',
      'degreeCountsP99Ms',
    ] as const) {
      expect(r[key]).toBeGreaterThanOrEqual(0)
    }
    expect(r.bytesPerTie).toBeGreaterThan(8)
    expect(r.comparison.members).toBe(1500)
    expect(r.comparison.identicalAnswers).toBe(true)
    expect(r.lionsPrecision).toBeGreaterThanOrEqual(0)
    expect(r.lionsRecall).toBeLessThanOrEqual(1)
    expect(r.machine.loadAverageBefore).toHaveLength(3)
    expect(r.machine.loadAverageAfter).toHaveLength(3)
  })

  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(samples, 0.5)).toBe(50)
    expect(percentile(samples, 0.99)).toBe(99)
    expect(percentile([], 0.5)).toBe(0)
  })
})
