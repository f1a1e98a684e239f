import type { Db } from '../../db/client.js'
import { pruneMarksOf } from '../../db/queries/insights.js'
import { learnPruneThreshold } from '../../domain/prune-threshold.js'

/** The member's own prune threshold, learned from their marks. */
export async function learnedThresholdOf(db: Db, ownerId: string) {
  const marks = await pruneMarksOf(db, ownerId)
  return {
    marks: new Map(marks.map((m) => [m.contactId, m.verdict])),
    threshold: learnPruneThreshold(marks.map((m) => ({ score: m.score, verdict: m.verdict }))),
  }
}
