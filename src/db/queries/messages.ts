import { and, desc, eq, inArray, isNull, lt, max, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { conversationMembers, conversations, messages } from '../schema/messages.js'

export type ConversationRow = typeof conversations.$inferSelect
export type NewConversationRow = typeof conversations.$inferInsert
export type MessageRow = typeof messages.$inferSelect
export type NewMessageRow = Omit<typeof messages.$inferInsert, 'seq'>

/** The key of a two-person conversation, the same whichever of the two asks. */
export function pairKeyOf(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`
}

export async function findConversationByPair(db: Db, pairKey: string) {
  const [row] = await db
    .select()
    .from(conversations)
    .where(eq(conversations.pairKey, pairKey))
    .limit(1)
  return row ?? null
}

export async function findConversation(db: Db, id: string): Promise<ConversationRow | null> {
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id)).limit(1)
  return row ?? null
}

export async function insertConversation(
  db: Db,
  row: NewConversationRow,
  memberIds: readonly string[],
): Promise<ConversationRow> {
  const [inserted] = await db.insert(conversations).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  await db.insert(conversationMembers).values(
    memberIds.map((memberId) => ({
      conversationId: inserted.id,
      memberId,
      joinedAt: row.createdAt,
    })),
  )
  return inserted
}

/** The members still in a conversation (an erased one is gone from it). */
export async function memberIdsOf(db: Db, conversationId: string): Promise<string[]> {
  const rows = await db
    .select({ memberId: conversationMembers.memberId })
    .from(conversationMembers)
    .where(eq(conversationMembers.conversationId, conversationId))
  return rows.map((r) => r.memberId).sort()
}

export async function memberIdsOfMany(db: Db, conversationIds: readonly string[]) {
  const out = new Map<string, string[]>()
  if (conversationIds.length === 0) return out
  const rows = await db
    .select()
    .from(conversationMembers)
    .where(inArray(conversationMembers.conversationId, [...conversationIds]))
  for (const r of rows) {
    const list = out.get(r.conversationId) ?? []
    list.push(r.memberId)
    out.set(r.conversationId, list)
  }
  return out
}

export async function isMemberOf(db: Db, conversationId: string, memberId: string) {
  const [row] = await db
    .select({ memberId: conversationMembers.memberId })
    .from(conversationMembers)
    .where(
      and(
        eq(conversationMembers.conversationId, conversationId),
        eq(conversationMembers.memberId, memberId),
      ),
    )
    .limit(1)
  return row !== undefined
}

export async function insertMessage(db: Db, row: NewMessageRow): Promise<MessageRow> {
  const [inserted] = await db.insert(messages).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  await db
    .update(conversations)
    .set({ lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${row.createdAt})` })
    .where(eq(conversations.id, row.conversationId))
  return inserted
}

export async function findMessage(db: Db, id: string): Promise<MessageRow | null> {
  const [row] = await db.select().from(messages).where(eq(messages.id, id)).limit(1)
  return row ?? null
}

export async function updateMessage(
  db: Db,
  id: string,
  patch: Partial<Pick<MessageRow, 'offerAcceptedAt'>>,
): Promise<MessageRow> {
  const [row] = await db.update(messages).set(patch).where(eq(messages.id, id)).returning()
  if (row === undefined) throw new Error('update matched no row')
  return row
}

/** The member's conversations, the one with the newest message first, after the cursor's. */
export async function conversationsOf(
  db: Db,
  memberId: string,
  page: { limit: number; after: { at: string; id: string } | null },
): Promise<ConversationRow[]> {
  const mine = eq(conversationMembers.memberId, memberId)
  const after =
    page.after === null
      ? undefined
      : or(
          lt(conversations.lastMessageAt, new Date(page.after.at)),
          and(
            eq(conversations.lastMessageAt, new Date(page.after.at)),
            lt(conversations.id, page.after.id),
          ),
        )
  const rows = await db
    .select({ conversation: conversations })
    .from(conversationMembers)
    .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
    .where(after === undefined ? mine : and(mine, after))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(page.limit)
  return rows.map((r) => r.conversation)
}

/** Per conversation of the member (those given, or all), the messages from others past what they read. */
export async function unreadCounts(
  db: Db,
  memberId: string,
  conversationIds?: readonly string[],
): Promise<Map<string, number>> {
  const mine = [eq(conversationMembers.memberId, memberId)]
  if (conversationIds !== undefined) {
    if (conversationIds.length === 0) return new Map()
    mine.push(inArray(conversationMembers.conversationId, [...conversationIds]))
  }
  // Counted per conversation from the member's read mark (a lateral join): an index range over
  // the unread messages alone, where a join would read every message of the instance.
  const unread = db
    .select({ count: sql<number>`count(*)::int`.as('count') })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationMembers.conversationId),
        sql`${messages.seq} > ${conversationMembers.readUpTo}`,
        or(isNull(messages.senderId), ne(messages.senderId, memberId)),
      ),
    )
    .as('unread')
  const rows = await db
    .select({ conversationId: conversationMembers.conversationId, count: unread.count })
    .from(conversationMembers)
    .innerJoinLateral(unread, sql`true`)
    .where(and(...mine, sql`${unread.count} > 0`))
  return new Map(rows.map((r) => [r.conversationId, Number(r.count)]))
}

/**
 * The newest message of each conversation: one index probe per conversation (a lateral join),
 * where `distinct on` would read every message of every conversation listed.
 */
export async function lastMessagesOf(
  db: Db,
  conversationIds: readonly string[],
): Promise<Map<string, MessageRow>> {
  if (conversationIds.length === 0) return new Map()
  const newest = db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversations.id))
    .orderBy(desc(messages.seq))
    .limit(1)
    .as('newest')
  const rows = await db
    .select()
    .from(conversations)
    .innerJoinLateral(newest, sql`true`)
    .where(inArray(conversations.id, [...conversationIds]))
  return new Map(rows.map((r) => [r.newest.conversationId, r.newest]))
}

/** A conversation's messages, newest first, older than `beforeSeq`. */
export async function messagesOf(
  db: Db,
  conversationId: string,
  page: { limit: number; beforeSeq: number | null },
): Promise<MessageRow[]> {
  const inConversation = eq(messages.conversationId, conversationId)
  return await db
    .select()
    .from(messages)
    .where(
      page.beforeSeq === null
        ? inConversation
        : and(inConversation, lt(messages.seq, page.beforeSeq)),
    )
    .orderBy(desc(messages.seq))
    .limit(page.limit)
}

/** Marks everything in the conversation, up to its newest message, read by the member. */
export async function markRead(db: Db, conversationId: string, memberId: string): Promise<void> {
  const newest = db
    .select({ seq: max(messages.seq) })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
  await db
    .update(conversationMembers)
    .set({ readUpTo: sql`greatest(${conversationMembers.readUpTo}, coalesce((${newest}), 0))` })
    .where(
      and(
        eq(conversationMembers.conversationId, conversationId),
        eq(conversationMembers.memberId, memberId),
      ),
    )
}

/** Every conversation the member is in, with every message of it, for their export. */
export async function conversationsWithMessagesOf(db: Db, memberId: string) {
  const rows = await db
    .select({ conversation: conversations })
    .from(conversationMembers)
    .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
    .where(eq(conversationMembers.memberId, memberId))
    .orderBy(desc(conversations.lastMessageAt))
  const ids = rows.map((r) => r.conversation.id)
  const all =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(messages)
          .where(inArray(messages.conversationId, ids))
          .orderBy(messages.seq)
  return { conversations: rows.map((r) => r.conversation), messages: all }
}

/**
 * Frees the pair keys of the member's two-person conversations, so that no key still names an
 * erased member; the other side keeps the conversation itself.
 */
export async function releasePairKeysOf(db: Db, memberId: string): Promise<void> {
  await db
    .update(conversations)
    .set({ pairKey: null })
    .where(
      and(
        sql`${conversations.pairKey} is not null`,
        or(
          sql`${conversations.pairKey} like ${`${memberId}:%`}`,
          sql`${conversations.pairKey} like ${`%:${memberId}`}`,
        ),
      ),
    )
}

/** Conversations nobody is left in (every member erased): nobody's copy remains to keep. */
export async function deleteEmptyConversations(db: Db): Promise<void> {
  await db.execute(sql`
    delete from ${conversations} c
    where not exists (select 1 from ${conversationMembers} m where m.conversation_id = c.id)`)
}
