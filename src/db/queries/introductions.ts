import { and, count, desc, eq, gt, inArray, isNotNull, isNull, min } from 'drizzle-orm'
import type { Db } from '../client.js'
import { introducerSettings, introductionOutcomes, introductions } from '../schema/introductions.js'

export type IntroductionRow = typeof introductions.$inferSelect
export type NewIntroductionRow = typeof introductions.$inferInsert
export type IntroducerSettingsRow = typeof introducerSettings.$inferSelect
export type IntroductionOutcomeRow = typeof introductionOutcomes.$inferSelect

const OPEN = ['requested', 'forwarded'] as const

export async function insertIntroduction(
  db: Db,
  row: NewIntroductionRow,
): Promise<IntroductionRow> {
  const [inserted] = await db.insert(introductions).values(row).returning()
  if (inserted === undefined) throw new Error('introduction not inserted')
  return inserted
}

/** Many requests and their outcome questions at once (the demo's). */
export async function insertIntroductionsBulk(
  db: Db,
  rows: readonly NewIntroductionRow[],
  questions: readonly (typeof introductionOutcomes.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(introductions).values([...rows])
  if (questions.length > 0) await db.insert(introductionOutcomes).values([...questions])
}

export async function findIntroduction(db: Db, id: string): Promise<IntroductionRow | null> {
  const [row] = await db.select().from(introductions).where(eq(introductions.id, id)).limit(1)
  return row ?? null
}

/** Reads the request for update, so that two decisions on it are taken one after the other. */
export async function lockIntroduction(db: Db, id: string): Promise<IntroductionRow | null> {
  const [row] = await db
    .select()
    .from(introductions)
    .where(eq(introductions.id, id))
    .for('update')
    .limit(1)
  return row ?? null
}

export async function updateIntroduction(
  db: Db,
  id: string,
  fields: Partial<NewIntroductionRow>,
): Promise<IntroductionRow> {
  const [row] = await db
    .update(introductions)
    .set(fields)
    .where(eq(introductions.id, id))
    .returning()
  if (row === undefined) throw new Error('introduction not updated')
  return row
}

/** The requester's open requests (not decided, not expired), and when the oldest of them expires. */
export async function openRequestsOf(
  db: Db,
  requesterId: string,
  now: Date,
  introducerId?: string,
): Promise<{ count: number; firstExpiry: Date | null }> {
  const [row] = await db
    .select({ n: count(), first: min(introductions.expiresAt) })
    .from(introductions)
    .where(
      and(
        eq(introductions.requesterId, requesterId),
        inArray(introductions.status, [...OPEN]),
        gt(introductions.expiresAt, now),
        introducerId === undefined ? undefined : eq(introductions.introducerId, introducerId),
      ),
    )
  return { count: row?.n ?? 0, firstExpiry: row?.first ?? null }
}

export async function openRequestBetween(
  db: Db,
  requesterId: string,
  introducerId: string,
  targetId: string,
  now: Date,
): Promise<IntroductionRow | null> {
  const [row] = await db
    .select()
    .from(introductions)
    .where(
      and(
        eq(introductions.requesterId, requesterId),
        eq(introductions.introducerId, introducerId),
        eq(introductions.targetId, targetId),
        inArray(introductions.status, [...OPEN]),
        gt(introductions.expiresAt, now),
      ),
    )
    .limit(1)
  return row ?? null
}

export type IntroductionRole = 'requester' | 'introducer' | 'target'

const roleColumn = {
  requester: introductions.requesterId,
  introducer: introductions.introducerId,
  target: introductions.targetId,
}

/** Requests in which the member has the role, newest first (what each role may see is the service's). */
export async function introductionsByRole(
  db: Db,
  memberId: string,
  role: IntroductionRole,
  limit: number,
  offset: number,
): Promise<IntroductionRow[]> {
  return await db
    .select()
    .from(introductions)
    .where(
      and(
        eq(roleColumn[role], memberId),
        role === 'introducer' ? eq(introductions.silent, false) : undefined,
        role === 'target'
          ? and(eq(introductions.silent, false), isNotNull(introductions.forwardedAt))
          : undefined,
      ),
    )
    .orderBy(desc(introductions.createdAt), desc(introductions.id))
    .limit(limit)
    .offset(offset)
}

/** Every request the member took part in, for their export. */
export async function introductionsOfMember(db: Db, memberId: string): Promise<IntroductionRow[]> {
  const rows = await Promise.all(
    (['requester', 'introducer', 'target'] as const).map((role) =>
      db
        .select()
        .from(introductions)
        .where(eq(roleColumn[role], memberId))
        .orderBy(desc(introductions.createdAt)),
    ),
  )
  const seen = new Map(rows.flat().map((r) => [r.id, r]))
  return [...seen.values()]
}

export async function introducerSettingsOf(
  db: Db,
  memberId: string,
): Promise<IntroducerSettingsRow | null> {
  const [row] = await db
    .select()
    .from(introducerSettings)
    .where(eq(introducerSettings.memberId, memberId))
    .limit(1)
  return row ?? null
}

export async function saveIntroducerSettings(db: Db, row: IntroducerSettingsRow): Promise<void> {
  await db
    .insert(introducerSettings)
    .values(row)
    .onConflictDoUpdate({
      target: introducerSettings.memberId,
      set: {
        minTieStrength: row.minTieStrength,
        openToStudentsAndTransition: row.openToStudentsAndTransition,
      },
    })
}

/** Asks the member once: a second ask of the same question is a no-op. */
export async function askOutcome(
  db: Db,
  introductionId: string,
  memberId: string,
  at: Date,
): Promise<void> {
  await db
    .insert(introductionOutcomes)
    .values({ introductionId, memberId, askedAt: at })
    .onConflictDoNothing()
}

export async function findOutcome(
  db: Db,
  introductionId: string,
  memberId: string,
): Promise<IntroductionOutcomeRow | null> {
  const [row] = await db
    .select()
    .from(introductionOutcomes)
    .where(
      and(
        eq(introductionOutcomes.introductionId, introductionId),
        eq(introductionOutcomes.memberId, memberId),
      ),
    )
    .limit(1)
  return row ?? null
}

/** Records the member's answer; false when they had already answered. */
export async function answerOutcome(
  db: Db,
  row: { introductionId: string; memberId: string; kind: string; note: string | null; at: Date },
): Promise<boolean> {
  const existing = await findOutcome(db, row.introductionId, row.memberId)
  if (existing?.answeredAt != null) return false
  const fields = { kind: row.kind, note: row.note, answeredAt: row.at }
  if (existing === null) {
    await db.insert(introductionOutcomes).values({
      introductionId: row.introductionId,
      memberId: row.memberId,
      askedAt: null,
      ...fields,
    })
  } else {
    await db
      .update(introductionOutcomes)
      .set(fields)
      .where(
        and(
          eq(introductionOutcomes.introductionId, row.introductionId),
          eq(introductionOutcomes.memberId, row.memberId),
        ),
      )
  }
  return true
}

/** The questions put to the member and not yet answered. */
export async function pendingOutcomeQuestions(db: Db, memberId: string) {
  return await db
    .select({ introduction: introductions, askedAt: introductionOutcomes.askedAt })
    .from(introductionOutcomes)
    .innerJoin(introductions, eq(introductions.id, introductionOutcomes.introductionId))
    .where(
      and(
        eq(introductionOutcomes.memberId, memberId),
        isNotNull(introductionOutcomes.askedAt),
        isNull(introductionOutcomes.answeredAt),
      ),
    )
    .orderBy(desc(introductionOutcomes.askedAt))
}

/** The answers about introductions with the member in the given role. */
export async function answeredOutcomesOf(db: Db, memberId: string, role: IntroductionRole) {
  return await db
    .select({ introduction: introductions, outcome: introductionOutcomes })
    .from(introductionOutcomes)
    .innerJoin(introductions, eq(introductions.id, introductionOutcomes.introductionId))
    .where(and(eq(roleColumn[role], memberId), isNotNull(introductionOutcomes.answeredAt)))
    .orderBy(desc(introductionOutcomes.answeredAt))
}

/** The requests an introducer passed on to a target, for their private record. */
export async function forwardedBy(db: Db, introducerId: string): Promise<IntroductionRow[]> {
  return await db
    .select()
    .from(introductions)
    .where(and(eq(introductions.introducerId, introducerId), isNotNull(introductions.forwardedAt)))
}
