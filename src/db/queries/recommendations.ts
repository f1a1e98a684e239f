import { and, desc, eq, inArray, or } from 'drizzle-orm'
import type { Db } from '../client.js'
import { recommendations, workedTogether } from '../schema/recommendations.js'
import { insertInChunks } from './bulk.js'

export type WorkedTogetherRow = typeof workedTogether.$inferSelect
export type RecommendationRow = typeof recommendations.$inferSelect

export async function insertWorkedTogether(
  db: Db,
  row: typeof workedTogether.$inferInsert,
): Promise<WorkedTogetherRow> {
  const [inserted] = await db.insert(workedTogether).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

export async function findWorkedTogether(db: Db, id: string): Promise<WorkedTogetherRow | null> {
  const [row] = await db.select().from(workedTogether).where(eq(workedTogether.id, id)).limit(1)
  return row ?? null
}

export async function updateWorkedTogether(
  db: Db,
  id: string,
  patch: Partial<Pick<WorkedTogetherRow, 'status' | 'answeredAt'>>,
): Promise<WorkedTogetherRow> {
  const [row] = await db
    .update(workedTogether)
    .set(patch)
    .where(eq(workedTogether.id, id))
    .returning()
  if (row === undefined) throw new Error('update found no row')
  return row
}

/** Every worked-together record the member proposed or was proposed, newest first. */
export async function workedTogetherOf(db: Db, memberId: string): Promise<WorkedTogetherRow[]> {
  return await db
    .select()
    .from(workedTogether)
    .where(or(eq(workedTogether.proposerId, memberId), eq(workedTogether.otherId, memberId)))
    .orderBy(desc(workedTogether.createdAt), desc(workedTogether.id))
}

/** The records between two members, whoever proposed them, newest first. */
export async function workedTogetherBetween(
  db: Db,
  a: string,
  b: string,
): Promise<WorkedTogetherRow[]> {
  return await db
    .select()
    .from(workedTogether)
    .where(
      or(
        and(eq(workedTogether.proposerId, a), eq(workedTogether.otherId, b)),
        and(eq(workedTogether.proposerId, b), eq(workedTogether.otherId, a)),
      ),
    )
    .orderBy(desc(workedTogether.createdAt), desc(workedTogether.id))
}

export async function insertRecommendation(
  db: Db,
  row: typeof recommendations.$inferInsert,
): Promise<RecommendationRow> {
  const [inserted] = await db.insert(recommendations).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

export async function findRecommendation(db: Db, id: string): Promise<RecommendationRow | null> {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.id, id)).limit(1)
  return row ?? null
}

export async function findRecommendationFor(
  db: Db,
  authorId: string,
  subjectId: string,
  engagementId: string,
): Promise<RecommendationRow | null> {
  const [row] = await db
    .select()
    .from(recommendations)
    .where(
      and(
        eq(recommendations.authorId, authorId),
        eq(recommendations.subjectId, subjectId),
        eq(recommendations.engagementId, engagementId),
      ),
    )
    .limit(1)
  return row ?? null
}

export async function updateRecommendation(
  db: Db,
  id: string,
  patch: Partial<Pick<RecommendationRow, 'status' | 'approvedAt'>>,
): Promise<RecommendationRow> {
  const [row] = await db
    .update(recommendations)
    .set(patch)
    .where(eq(recommendations.id, id))
    .returning()
  if (row === undefined) throw new Error('update found no row')
  return row
}

/** Recommendations written for the member, newest first. */
export async function recommendationsFor(
  db: Db,
  subjectId: string,
  status?: RecommendationRow['status'],
): Promise<RecommendationRow[]> {
  return await db
    .select()
    .from(recommendations)
    .where(
      status === undefined
        ? eq(recommendations.subjectId, subjectId)
        : and(eq(recommendations.subjectId, subjectId), eq(recommendations.status, status)),
    )
    .orderBy(desc(recommendations.createdAt), desc(recommendations.id))
}

/** Recommendations the member wrote, newest first. */
export async function recommendationsBy(db: Db, authorId: string): Promise<RecommendationRow[]> {
  return await db
    .select()
    .from(recommendations)
    .where(eq(recommendations.authorId, authorId))
    .orderBy(desc(recommendations.createdAt), desc(recommendations.id))
}

/** Engagements by id, for showing them beside their recommendations. */
export async function workedTogetherByIds(
  db: Db,
  ids: string[],
): Promise<Map<string, WorkedTogetherRow>> {
  if (ids.length === 0) return new Map()
  const rows = await db.select().from(workedTogether).where(inArray(workedTogether.id, ids))
  return new Map(rows.map((r) => [r.id, r]))
}

/** Many rows at once, for the demo community. */
export async function insertWorkedTogetherRows(
  db: Db,
  rows: (typeof workedTogether.$inferInsert)[],
): Promise<void> {
  await insertInChunks(db, workedTogether, rows)
}

export async function insertRecommendationRows(
  db: Db,
  rows: (typeof recommendations.$inferInsert)[],
): Promise<void> {
  await insertInChunks(db, recommendations, rows)
}
