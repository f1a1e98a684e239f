import { bigint, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at } from './columns.js'
import { members } from './members.js'

/**
 * A conversation between two connections, two people one of whom answered the other's message
 * request, or the three people of an introduction. `pairKey`
 * (`lo:hi`) is set on two-person conversations only, so that there is one per pair; `size` is how
 * many took part, so that a member who erased their account still shows as "a former member".
 */
export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    origin: text('origin', { enum: ['direct', 'introduction', 'request'] }).notNull(),
    pairKey: text('pair_key').unique(),
    size: integer('size').notNull(),
    createdAt: at('created_at').notNull(),
    lastMessageAt: at('last_message_at').notNull(),
  },
  (t) => [index('conversations_last_idx').on(t.lastMessageAt, t.id)],
)

/** Who is in a conversation, and the last message each has read (by `messages.seq`). */
export const conversationMembers = pgTable(
  'conversation_members',
  {
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    readUpTo: bigint('read_up_to', { mode: 'number' }).notNull().default(0),
    joinedAt: at('joined_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conversationId, t.memberId] }),
    index('conversation_members_member_idx').on(t.memberId),
  ],
)

/**
 * A message, stored as its author wrote it (plain text, never rendered as HTML). `seq` orders the
 * messages of the whole instance, so "read up to" is one number. Erasing the author keeps the
 * text for the other members and clears `senderId`. An offer of help carries its kind and, once
 * the other side accepts, when.
 */
export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    senderId: text('sender_id').references(() => members.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['text', 'offer'] }).notNull(),
    body: text('body').notNull(),
    offerKind: text('offer_kind', { enum: ['introduction', 'advice', 'referral', 'reference'] }),
    offerAcceptedAt: at('offer_accepted_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('messages_seq_idx').on(t.seq),
    index('messages_conversation_idx').on(t.conversationId, t.seq),
    index('messages_sender_idx').on(t.senderId),
  ],
)
