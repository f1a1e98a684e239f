import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pruneScore } from './prune.js'
import { reciprocity } from './reciprocity.js'
import { HOW_MET_KINDS, INTERACTION_KINDS, lastContactAt } from './relationship.js'
import { analyzeRelationship } from './relationship-analysis.js'
import { responsiveness } from './responsiveness.js'
import { tieStrength } from './tie-strength.js'

const NOW = new Date('2026-01-01T00:00:00Z')

const relationship = fc.record({
  since: fc.option(fc.date({ min: new Date('2000-01-01'), max: NOW }), { nil: null }),
  howMet: fc.option(fc.constantFrom(...HOW_MET_KINDS), { nil: null }),
  interactions: fc.array(
    fc.record({
      kind: fc.constantFrom(...INTERACTION_KINDS),
      at: fc.date({ min: new Date('2005-01-01'), max: new Date('2026-06-01') }),
      intent: fc.constantFrom(undefined, 'ask' as const, 'offer' as const, 'none' as const),
      by: fc.constantFrom(undefined, 'member' as const, 'contact' as const),
    }),
    { maxLength: 30 },
  ),
  mutualStrongTies: fc.nat(20),
  circles: fc.constant(['clients']),
  lionScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
})

describe('analyzeRelationship', () => {
  it('agrees with each function called on its own', () => {
    fc.assert(
      fc.property(relationship, (rel) => {
        const a = analyzeRelationship(rel, NOW, { pruneThreshold: 0.4 })
        expect(a.tie).toEqual(tieStrength(rel, NOW))
        expect(a.responsiveness).toEqual(responsiveness(rel.interactions, NOW))
        const { byYear: _, ...totals } = reciprocity(rel.interactions, NOW)
        expect(a.reciprocity).toEqual(totals)
        const p = pruneScore(rel, NOW)
        expect(a.prune).toEqual({ ...p, suggested: p.score >= 0.4 })
        expect(a.lastContactAt).toEqual(lastContactAt(rel, NOW))
      }),
    )
  })
})
