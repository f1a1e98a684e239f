import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { conversationMembers, conversations, messages } from '../schema/messages.js'

export interface BulkConversation {
  id: string
  /** Null for the three people of an introduction. */
  pairKey: string | null
  /** `direct` unless given. */
  origin?: 'direct' | 'introduction'
  memberIds: readonly string[]
  createdAt: Date
  lastMessageAt: Date
}

export interface BulkMessage {
  id: string
  conversationId: string
  senderId: string
  body: string
  createdAt: Date
}

const CHUNK_ROWS = 5000

/**
 * Stores many conversations (of two, or the three of an introduction) and their text messages at once (the demo's), read up to
 * their last message by everyone in them. Messages are inserted in the order given, which is the
 * order of their `seq`; one array parameter per column keeps each chunk a single cheap statement.
 */
export async function insertConversationsWithMessages(
  db: Db,
  rows: readonly BulkConversation[],
  texts: readonly BulkMessage[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const part = rows.slice(i, i + CHUNK_ROWS)
    await db.execute(sql`
      insert into ${conversations} (id, origin, pair_key, size, created_at, last_message_at)
      select id, origin, pair_key, size, created_at, last_message_at from unnest(
        ${sql.param(part.map((r) => r.id))}::text[],
        ${sql.param(part.map((r) => r.origin ?? 'direct'))}::text[],
        ${sql.param(part.map((r) => r.pairKey))}::text[],
        ${sql.param(part.map((r) => r.memberIds.length))}::int[],
        ${sql.param(part.map((r) => r.createdAt.toISOString()))}::timestamptz[],
        ${sql.param(part.map((r) => r.lastMessageAt.toISOString()))}::timestamptz[])
        as t(id, origin, pair_key, size, created_at, last_message_at)`)
    const members = part.flatMap((r) => r.memberIds.map((memberId) => ({ r, memberId })))
    await db.execute(sql`
      insert into ${conversationMembers} (conversation_id, member_id, joined_at)
      select * from unnest(
        ${sql.param(members.map((m) => m.r.id))}::text[],
        ${sql.param(members.map((m) => m.memberId))}::text[],
        ${sql.param(members.map((m) => m.r.createdAt.toISOString()))}::timestamptz[])`)
  }
  for (let i = 0; i < texts.length; i += CHUNK_ROWS) {
    const part = texts.slice(i, i + CHUNK_ROWS)
    await db.execute(sql`
      insert into ${messages} (id, conversation_id, sender_id, kind, body, created_at)
      select id, conversation_id, sender_id, 'text', body, created_at from unnest(
        ${sql.param(part.map((m) => m.id))}::text[],
        ${sql.param(part.map((m) => m.conversationId))}::text[],
        ${sql.param(part.map((m) => m.senderId))}::text[],
        ${sql.param(part.map((m) => m.body))}::text[],
        ${sql.param(part.map((m) => m.createdAt.toISOString()))}::timestamptz[])
        with ordinality as t(id, conversation_id, sender_id, body, created_at, ord)
        order by ord`)
  }
  if (rows.length === 0) return
  await db.execute(sql`
    update ${conversationMembers} cm set read_up_to = latest.seq
    from (select conversation_id, max(seq) as seq from ${messages} group by conversation_id) latest
    where latest.conversation_id = cm.conversation_id
      and cm.conversation_id = any(${sql.param(rows.map((r) => r.id))}::text[])`)
}
