import { and, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { connections } from '../schema/connections.js'
import { jobs } from '../schema/jobs.js'
import { members } from '../schema/members.js'
import { memberReports, operatorActions, signupInvitations } from '../schema/operator.js'
import { rowsOf } from './contacts.js'

export type OperatorActionRow = typeof operatorActions.$inferSelect

export async function insertOperatorAction(
  db: Db,
  row: typeof operatorActions.$inferInsert,
): Promise<void> {
  await db.insert(operatorActions).values(row)
}

export async function listOperatorActions(db: Db, limit: number): Promise<OperatorActionRow[]> {
  return await db
    .select()
    .from(operatorActions)
    .orderBy(desc(operatorActions.at), desc(operatorActions.id))
    .limit(limit)
}

export type SignupInvitationRow = typeof signupInvitations.$inferSelect

export async function insertSignupInvitation(
  db: Db,
  row: typeof signupInvitations.$inferInsert,
): Promise<SignupInvitationRow> {
  const [created] = await db.insert(signupInvitations).values(row).returning()
  if (created === undefined) throw new Error('the invitation was not stored')
  return created
}

export async function listSignupInvitations(db: Db, limit: number) {
  return await db
    .select()
    .from(signupInvitations)
    .orderBy(desc(signupInvitations.createdAt), desc(signupInvitations.id))
    .limit(limit)
}

/**
 * Marks an unused, unexpired invitation for this address used, in the sign-up's transaction;
 * null when there is none (a second use of the link, an expired link, another address).
 */
export async function claimSignupInvitation(
  db: Db,
  claim: { tokenHash: string; email: string; now: Date },
): Promise<SignupInvitationRow | null> {
  const [claimed] = await db
    .update(signupInvitations)
    .set({ usedAt: claim.now })
    .where(
      and(
        eq(signupInvitations.tokenHash, claim.tokenHash),
        eq(signupInvitations.email, claim.email),
        isNull(signupInvitations.usedAt),
        gt(signupInvitations.expiresAt, claim.now),
      ),
    )
    .returning()
  return claimed ?? null
}

export async function recordInvitationUser(db: Db, id: string, memberId: string): Promise<void> {
  await db.update(signupInvitations).set({ usedBy: memberId }).where(eq(signupInvitations.id, id))
}

export type MemberReportRow = typeof memberReports.$inferSelect

export async function insertMemberReport(
  db: Db,
  row: typeof memberReports.$inferInsert,
): Promise<MemberReportRow> {
  const [created] = await db.insert(memberReports).values(row).returning()
  if (created === undefined) throw new Error('the report was not stored')
  return created
}

export async function listOpenReports(db: Db, limit: number): Promise<MemberReportRow[]> {
  return await db
    .select()
    .from(memberReports)
    .where(isNull(memberReports.resolvedAt))
    .orderBy(memberReports.createdAt, memberReports.id)
    .limit(limit)
}

/** Closes every open report about a member with the operator's decision. */
export async function resolveReportsAbout(
  db: Db,
  targetId: string,
  resolution: { by: string | null; at: Date; outcome: 'suspended' | 'dismissed' },
): Promise<void> {
  await db
    .update(memberReports)
    .set({ resolvedAt: resolution.at, resolvedBy: resolution.by, resolution: resolution.outcome })
    .where(and(eq(memberReports.targetId, targetId), isNull(memberReports.resolvedAt)))
}

export async function findReport(db: Db, id: string): Promise<MemberReportRow | null> {
  const [row] = await db.select().from(memberReports).where(eq(memberReports.id, id)).limit(1)
  return row ?? null
}

export async function setSuspendedAt(db: Db, memberId: string, at: Date | null): Promise<boolean> {
  const updated = await db
    .update(members)
    .set({ suspendedAt: at })
    .where(eq(members.id, memberId))
    .returning({ id: members.id })
  return updated.length > 0
}

/** The counts and size the operator's health panel shows. */
export async function instanceFigures(db: Db) {
  const [memberRow] = await db.select({ n: count() }).from(members)
  const [suspendedRow] = await db
    .select({ n: count() })
    .from(members)
    .where(sql`${members.suspendedAt} is not null`)
  const [tieRow] = await db
    .select({ n: count() })
    .from(connections)
    .where(isNull(connections.removedAt))
  const [size] = rowsOf<{ bytes: string | number; version: string }>(
    await db.execute(
      sql`select pg_database_size(current_database()) as bytes, version() as version`,
    ),
  )
  const jobCounts = await db
    .select({ state: jobs.state, n: count() })
    .from(jobs)
    .where(inArray(jobs.state, ['scheduled', 'running', 'failed']))
    .groupBy(jobs.state)
  return {
    members: memberRow?.n ?? 0,
    suspended: suspendedRow?.n ?? 0,
    ties: tieRow?.n ?? 0,
    databaseBytes: Number(size?.bytes ?? 0),
    // The embedded engine says so in its version string.
    embedded: size?.version.includes('PGlite') ?? false,
    jobs: Object.fromEntries(jobCounts.map((r) => [r.state, r.n])) as Record<string, number>,
  }
}

export async function suspendedMembers(db: Db, limit: number) {
  return await db
    .select({ id: members.id, suspendedAt: members.suspendedAt })
    .from(members)
    .where(sql`${members.suspendedAt} is not null`)
    .orderBy(desc(members.suspendedAt))
    .limit(limit)
}

/** Each of these members with when they were suspended (null while not), in one statement. */
export async function suspensionsOf(db: Db, memberIds: readonly string[]) {
  if (memberIds.length === 0) return []
  return await db
    .select({ id: members.id, suspendedAt: members.suspendedAt })
    .from(members)
    .where(inArray(members.id, [...memberIds]))
}
