import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { members } from './members.js'

/** One reason of a request's triage, as computed when it was sent (docs/triage.md). */
export interface TriageReasonColumn {
  code: string
  words: string
  weight: number
}

/**
 * A message from a non-connection, waiting in the recipient's tray. The triage is stored as it was
 * computed at send time, so the tray reads it without recomputing anything. A request from a
 * sender the recipient had refused is `silent`: kept for the sender's own view, never delivered.
 * Unanswered requests expire by age alone (a filter on `created_at`), so nothing has to run.
 */
export const messageRequests = pgTable(
  'message_requests',
  {
    id: text('id').primaryKey(),
    senderId: text('sender_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    purpose: text('purpose', {
      enum: ['job', 'sales', 'investment', 'introduction', 'advice', 'other'],
    }).notNull(),
    body: text('body').notNull(),
    score: integer('score').notNull(),
    reasons: jsonb('reasons').$type<TriageReasonColumn[]>().notNull(),
    silent: boolean('silent').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
    conversationId: text('conversation_id'),
  },
  (t) => [
    index('message_requests_recipient_idx').on(t.recipientId, t.createdAt),
    index('message_requests_sender_idx').on(t.senderId, t.createdAt),
  ],
)
