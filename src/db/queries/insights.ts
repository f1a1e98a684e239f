import { asc, eq } from 'drizzle-orm'
import type { Db } from '../client.js'
import { cadences, outcomes, pruneMarks } from '../schema/insights.js'

export type OutcomeRow = typeof outcomes.$inferSelect

export async function pruneMarksOf(db: Db, ownerId: string) {
  return await db.select().from(pruneMarks).where(eq(pruneMarks.ownerId, ownerId))
}

/** A member's latest mark on a contact replaces the earlier one. */
export async function upsertPruneMark(db: Db, row: typeof pruneMarks.$inferInsert): Promise<void> {
  await db
    .insert(pruneMarks)
    .values(row)
    .onConflictDoUpdate({
      target: [pruneMarks.ownerId, pruneMarks.contactId],
      set: { score: row.score, verdict: row.verdict, markedAt: row.markedAt },
    })
}

export async function cadencesOf(db: Db, ownerId: string) {
  return await db
    .select({ circle: cadences.circle, days: cadences.days })
    .from(cadences)
    .where(eq(cadences.ownerId, ownerId))
    .orderBy(asc(cadences.circle))
}

export async function replaceCadences(
  db: Db,
  ownerId: string,
  rows: { circle: string; days: number }[],
): Promise<void> {
  await db.delete(cadences).where(eq(cadences.ownerId, ownerId))
  if (rows.length > 0) await db.insert(cadences).values(rows.map((r) => ({ ...r, ownerId })))
}

export async function outcomesOf(db: Db, ownerId: string): Promise<OutcomeRow[]> {
  return await db
    .select()
    .from(outcomes)
    .where(eq(outcomes.ownerId, ownerId))
    .orderBy(asc(outcomes.at))
}

export async function insertOutcomes(db: Db, rows: (typeof outcomes.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(outcomes).values(rows)
}
