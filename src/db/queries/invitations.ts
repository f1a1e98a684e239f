import { and, count, desc, eq, gt, inArray, isNull, lt, min, or, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { invitations } from '../schema/connections.js'
import { insertInChunks } from './bulk.js'

export type InvitationRow = typeof invitations.$inferSelect
export type NewInvitationRow = typeof invitations.$inferInsert

export async function insertInvitation(db: Db, row: NewInvitationRow): Promise<InvitationRow> {
  const [inserted] = await db.insert(invitations).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

export async function insertInvitations(db: Db, rows: NewInvitationRow[]): Promise<void> {
  await insertInChunks(db, invitations, rows)
}

export async function findInvitation(db: Db, id: string): Promise<InvitationRow | null> {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id)).limit(1)
  return row ?? null
}

/** Every invitation ever sent from one member to another, newest first. */
export async function invitationsBetween(
  db: Db,
  fromId: string,
  toId: string,
): Promise<InvitationRow[]> {
  return await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.fromId, fromId), eq(invitations.toId, toId)))
    .orderBy(desc(invitations.createdAt))
}

export async function updateInvitation(
  db: Db,
  id: string,
  patch: Partial<Pick<InvitationRow, 'status' | 'answeredAt' | 'withdrawnAt'>>,
): Promise<void> {
  await db.update(invitations).set(patch).where(eq(invitations.id, id))
}

/** Invitations a member sent since `since`, and the oldest of them. */
export async function countSentSince(db: Db, fromId: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(invitations.createdAt) })
    .from(invitations)
    .where(and(eq(invitations.fromId, fromId), gt(invitations.createdAt, since)))
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null }
}

/** How many invitees answered "I don't know this person" to this sender since `since`. */
export async function countDontKnowSince(db: Db, fromId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(invitations)
    .where(
      and(
        eq(invitations.fromId, fromId),
        eq(invitations.status, 'dont_know'),
        gt(invitations.answeredAt, since),
      ),
    )
  return row?.n ?? 0
}

export interface InvitationPage {
  limit: number
  after: { createdAt: string; id: string } | null
}

function pageCondition(after: InvitationPage['after']) {
  if (after === null) return undefined
  const at = new Date(after.createdAt)
  return or(
    lt(invitations.createdAt, at),
    and(eq(invitations.createdAt, at), lt(invitations.id, after.id)),
  )
}

/** What an invitee still has to answer: pending, delivered, not withdrawn, not expired. */
export async function receivedInvitations(db: Db, toId: string, now: Date, page: InvitationPage) {
  return await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.toId, toId),
        eq(invitations.status, 'pending'),
        eq(invitations.silent, false),
        isNull(invitations.withdrawnAt),
        gt(invitations.expiresAt, now),
        pageCondition(page.after),
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(page.limit)
}

export async function sentInvitations(db: Db, fromId: string, page: InvitationPage) {
  return await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.fromId, fromId), pageCondition(page.after)))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(page.limit)
}

/** Behaviour signals for open-networker detection: invitations sent and how they were answered. */
export async function invitationBehaviour(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return []
  return await db
    .select({
      memberId: invitations.fromId,
      sent: count(),
      accepted: sql<number>`count(*) filter (where ${invitations.status} = 'accepted')::int`,
      ignored: sql<number>`count(*) filter (where ${invitations.status} = 'ignored')::int`,
      dontKnow: sql<number>`count(*) filter (where ${invitations.status} = 'dont_know')::int`,
    })
    .from(invitations)
    .where(inArray(invitations.fromId, memberIds))
    .groupBy(invitations.fromId)
}

/** How members answered the invitations they received: answered at all, and accepted. */
export async function invitationsReceivedBehaviour(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return []
  return await db
    .select({
      memberId: invitations.toId,
      answered: sql<number>`count(*) filter (where ${invitations.status} <> 'pending')::int`,
      accepted: sql<number>`count(*) filter (where ${invitations.status} = 'accepted')::int`,
    })
    .from(invitations)
    .where(and(inArray(invitations.toId, memberIds), eq(invitations.silent, false)))
    .groupBy(invitations.toId)
}
