import { and, asc, count, desc, eq, gt, inArray, isNull, min, or } from 'drizzle-orm'
import type { Db } from '../client.js'
import { contacts, interactions, messageRequests } from '../schema/index.js'

export type MessageRequestRow = typeof messageRequests.$inferSelect

export async function insertMessageRequest(db: Db, row: typeof messageRequests.$inferInsert) {
  const [inserted] = await db.insert(messageRequests).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

export async function findMessageRequest(db: Db, id: string): Promise<MessageRequestRow | null> {
  const [row] = await db.select().from(messageRequests).where(eq(messageRequests.id, id)).limit(1)
  return row ?? null
}

export async function updateMessageRequest(
  db: Db,
  id: string,
  fields: Partial<Pick<MessageRequestRow, 'answeredAt' | 'dismissedAt' | 'conversationId'>>,
) {
  await db.update(messageRequests).set(fields).where(eq(messageRequests.id, id))
}

/** How many requests the sender sent since `since`, to one recipient or to anyone, and the oldest. */
export async function countRequestsSince(
  db: Db,
  senderId: string,
  since: Date,
  recipientId?: string,
): Promise<{ count: number; oldest: Date | null }> {
  const [row] = await db
    .select({ count: count(), oldest: min(messageRequests.createdAt) })
    .from(messageRequests)
    .where(
      and(
        eq(messageRequests.senderId, senderId),
        gt(messageRequests.createdAt, since),
        recipientId === undefined ? undefined : eq(messageRequests.recipientId, recipientId),
      ),
    )
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null }
}

/** The recipient's open requests younger than `since`: delivered, neither answered nor dismissed. */
export async function openRequestsFor(
  db: Db,
  recipientId: string,
  since: Date,
): Promise<MessageRequestRow[]> {
  return await db
    .select()
    .from(messageRequests)
    .where(
      and(
        eq(messageRequests.recipientId, recipientId),
        eq(messageRequests.silent, false),
        isNull(messageRequests.answeredAt),
        isNull(messageRequests.dismissedAt),
        gt(messageRequests.createdAt, since),
      ),
    )
    .orderBy(desc(messageRequests.score), desc(messageRequests.createdAt), asc(messageRequests.id))
}

export async function requestsSentBy(
  db: Db,
  senderId: string,
  page: { limit: number; offset: number },
): Promise<MessageRequestRow[]> {
  return await db
    .select()
    .from(messageRequests)
    .where(eq(messageRequests.senderId, senderId))
    .orderBy(desc(messageRequests.createdAt), asc(messageRequests.id))
    .limit(page.limit)
    .offset(page.offset)
}

/** The kinds of interaction in the owner's record of a member (through the contact linked to them). */
export async function interactionKindsWith(
  db: Db,
  ownerId: string,
  memberId: string,
  kinds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ kind: interactions.kind })
    .from(interactions)
    .innerJoin(contacts, eq(contacts.id, interactions.contactId))
    .where(
      and(
        eq(interactions.ownerId, ownerId),
        eq(contacts.ownerId, ownerId),
        eq(contacts.memberId, memberId),
        inArray(interactions.kind, [...kinds]),
      ),
    )
  return rows.map((r) => r.kind)
}

/** Every request the member sent, and every one delivered to them (a silent one never was), oldest first. */
export async function requestsOfMember(db: Db, memberId: string): Promise<MessageRequestRow[]> {
  return await db
    .select()
    .from(messageRequests)
    .where(
      or(
        eq(messageRequests.senderId, memberId),
        and(eq(messageRequests.recipientId, memberId), eq(messageRequests.silent, false)),
      ),
    )
    .orderBy(asc(messageRequests.createdAt), asc(messageRequests.id))
}
