import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { connections } from '../schema/connections.js'
import { contacts } from '../schema/contacts.js'
import { members, positions } from '../schema/members.js'
import {
  newsletterDeliveries,
  newsletterIssues,
  newsletterUnsubscribes,
} from '../schema/newsletters.js'
import { insertInChunks } from './bulk.js'
import { rowsOf } from './contacts.js'

export type IssueRow = typeof newsletterIssues.$inferSelect
export type DeliveryRow = typeof newsletterDeliveries.$inferSelect

export async function insertIssue(db: Db, row: typeof newsletterIssues.$inferInsert) {
  await db.insert(newsletterIssues).values(row)
}

export async function insertIssues(db: Db, rows: (typeof newsletterIssues.$inferInsert)[]) {
  await insertInChunks(db, newsletterIssues, rows)
}

export async function findIssue(db: Db, id: string): Promise<IssueRow | null> {
  const [row] = await db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id))
  return row ?? null
}

/** The issue, locked until the caller's transaction ends: sending and pausing take turns. */
export async function lockIssue(db: Db, id: string): Promise<IssueRow | null> {
  const [row] = await db
    .select()
    .from(newsletterIssues)
    .where(eq(newsletterIssues.id, id))
    .for('update')
  return row ?? null
}

export async function updateIssue(
  db: Db,
  id: string,
  patch: Partial<Omit<typeof newsletterIssues.$inferInsert, 'id'>>,
) {
  await db.update(newsletterIssues).set(patch).where(eq(newsletterIssues.id, id))
}

export async function issuesBy(db: Db, authorId: string): Promise<IssueRow[]> {
  return await db
    .select()
    .from(newsletterIssues)
    .where(eq(newsletterIssues.authorId, authorId))
    .orderBy(desc(newsletterIssues.createdAt), desc(newsletterIssues.id))
}

export interface AudienceMember {
  memberId: string
  email: string
  circles: string[]
  contactTitle: string | null
}

/**
 * The author's active connections, with the author's own record of each (circles, title);
 * in one circle when `circle` is given. An audience is never wider than this.
 */
export async function audienceOf(
  db: Db,
  authorId: string,
  circle: string | null,
): Promise<AudienceMember[]> {
  const other = sql<string>`case when ${connections.memberLo} = ${authorId} then ${connections.memberHi} else ${connections.memberLo} end`
  const rows = await db
    .select({
      memberId: members.id,
      email: members.email,
      circles: contacts.circles,
      contactTitle: contacts.title,
    })
    .from(connections)
    .innerJoin(members, eq(members.id, other))
    .innerJoin(contacts, and(eq(contacts.ownerId, authorId), eq(contacts.memberId, members.id)))
    .where(
      and(
        sql`(${connections.memberLo} = ${authorId} or ${connections.memberHi} = ${authorId})`,
        isNull(connections.removedAt),
        isNull(contacts.archivedAt),
        circle === null ? undefined : sql`${circle}::text = any(${contacts.circles})`,
      ),
    )
  return rows
}

/** Each member's current title: their first position without an end. */
export async function currentTitlesOf(db: Db, memberIds: string[]): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map()
  const rows = await db
    .select({ memberId: positions.memberId, title: positions.title, ord: positions.ord })
    .from(positions)
    .where(and(inArray(positions.memberId, memberIds), isNull(positions.to)))
    .orderBy(positions.ord)
  const titles = new Map<string, string>()
  for (const r of rows) if (!titles.has(r.memberId)) titles.set(r.memberId, r.title)
  return titles
}

export async function unsubscribedFrom(db: Db, authorId: string): Promise<Set<string>> {
  const rows = await db
    .select({ memberId: newsletterUnsubscribes.memberId })
    .from(newsletterUnsubscribes)
    .where(eq(newsletterUnsubscribes.authorId, authorId))
  return new Set(rows.map((r) => r.memberId))
}

export async function insertUnsubscribe(db: Db, authorId: string, memberId: string, at: Date) {
  await db
    .insert(newsletterUnsubscribes)
    .values({ authorId, memberId, createdAt: at })
    .onConflictDoNothing()
}

export async function insertDeliveries(db: Db, rows: (typeof newsletterDeliveries.$inferInsert)[]) {
  await insertInChunks(db, newsletterDeliveries, rows)
}

export async function findDelivery(
  db: Db,
  issueId: string,
  recipientId: string,
): Promise<DeliveryRow | null> {
  const [row] = await db
    .select()
    .from(newsletterDeliveries)
    .where(
      and(
        eq(newsletterDeliveries.issueId, issueId),
        eq(newsletterDeliveries.recipientId, recipientId),
      ),
    )
  return row ?? null
}

export async function deliveriesOf(db: Db, issueId: string): Promise<DeliveryRow[]> {
  return await db
    .select()
    .from(newsletterDeliveries)
    .where(eq(newsletterDeliveries.issueId, issueId))
}

/**
 * Claims the next recipient still owed a mail, for this send: one whose mail is pending, or one
 * left `sending` since before `staleBefore` by a send that stopped mid-way (in doubt, so it is
 * sent again under the same Message-ID). `skip locked` lets two workers share a send without
 * taking the same row.
 */
export async function claimNextMail(
  db: Db,
  issueId: string,
  now: Date,
  staleBefore: Date,
): Promise<{ recipientId: string; email: string } | null> {
  const result = await db.execute(sql`
    update ${newsletterDeliveries} d set mail_state = 'sending',
      mail_attempted_at = ${now.toISOString()}::timestamptz
    from ${members} m
    where m.id = d.recipient_id and d.issue_id = ${issueId} and d.recipient_id = (
      select recipient_id from ${newsletterDeliveries}
      where issue_id = ${issueId} and (mail_state = 'pending' or (mail_state = 'sending'
        and mail_attempted_at < ${staleBefore.toISOString()}::timestamptz))
      order by recipient_id
      limit 1
      for update skip locked)
    returning d.recipient_id as "recipientId", m.email as email`)
  return rowsOf<{ recipientId: string; email: string }>(result)[0] ?? null
}

export async function markMailed(db: Db, issueId: string, recipientId: string, at: Date) {
  await db
    .update(newsletterDeliveries)
    .set({ mailState: 'sent', mailedAt: at })
    .where(
      and(
        eq(newsletterDeliveries.issueId, issueId),
        eq(newsletterDeliveries.recipientId, recipientId),
        eq(newsletterDeliveries.mailState, 'sending'),
      ),
    )
}

export async function countMailOwed(db: Db, issueId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(newsletterDeliveries)
    .where(
      and(
        eq(newsletterDeliveries.issueId, issueId),
        inArray(newsletterDeliveries.mailState, ['pending', 'sending']),
      ),
    )
  return row?.n ?? 0
}

/** Stops mail of an author's issues still owed to a member who unsubscribed. */
export async function stopOwedMail(db: Db, authorId: string, memberId: string) {
  await db.execute(sql`
    update ${newsletterDeliveries} set mail_state = 'unsubscribed'
    where recipient_id = ${memberId} and mail_state = 'pending'
      and issue_id in (select ${newsletterIssues.id} from ${newsletterIssues} where ${newsletterIssues.authorId} = ${authorId})`)
}

/** Records the first in-app read; later opens change nothing. */
export async function markRead(db: Db, issueId: string, recipientId: string, at: Date) {
  await db
    .update(newsletterDeliveries)
    .set({ readAt: at })
    .where(
      and(
        eq(newsletterDeliveries.issueId, issueId),
        eq(newsletterDeliveries.recipientId, recipientId),
        isNull(newsletterDeliveries.readAt),
      ),
    )
}

export async function countLinkVisit(db: Db, issueId: string, recipientId: string) {
  await db
    .update(newsletterDeliveries)
    .set({ linkVisits: sql`${newsletterDeliveries.linkVisits} + 1` })
    .where(
      and(
        eq(newsletterDeliveries.issueId, issueId),
        eq(newsletterDeliveries.recipientId, recipientId),
      ),
    )
}

/** The issues a member received, newest first, with their author's name. */
export async function receivedBy(db: Db, memberId: string) {
  return await db
    .select({
      id: newsletterIssues.id,
      subject: newsletterIssues.subject,
      authorId: newsletterIssues.authorId,
      authorName: members.name,
      deliveredAt: newsletterDeliveries.deliveredAt,
      readAt: newsletterDeliveries.readAt,
    })
    .from(newsletterDeliveries)
    .innerJoin(newsletterIssues, eq(newsletterIssues.id, newsletterDeliveries.issueId))
    .innerJoin(members, eq(members.id, newsletterIssues.authorId))
    .where(eq(newsletterDeliveries.recipientId, memberId))
    .orderBy(desc(newsletterDeliveries.deliveredAt), desc(newsletterIssues.id))
    .limit(200)
}
