import { sql } from 'drizzle-orm'
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { at, ownerRef } from './columns.js'
import { members } from './members.js'

/**
 * An issue a member writes for one audience: one of their circles, or all their connections
 * (`audienceCircle` null). `unsubscribeKey` signs the one-click unsubscribe links of its mail.
 */
export const newsletterIssues = pgTable(
  'newsletter_issues',
  {
    id: text('id').primaryKey(),
    authorId: ownerRef(),
    subject: text('subject').notNull(),
    markdown: text('markdown').notNull(),
    audienceCircle: text('audience_circle'),
    status: text('status', { enum: ['draft', 'sending', 'paused', 'sent'] })
      .notNull()
      .default('draft'),
    unsubscribeKey: text('unsubscribe_key').notNull(),
    createdAt: at('created_at').notNull(),
    sentAt: at('sent_at'),
  },
  (t) => [index('newsletter_issues_author_idx').on(t.authorId, t.createdAt)],
)

/**
 * The delivery ledger: one row per recipient, written when the issue is sent (which is also its
 * in-app delivery). `mailState` moves pending → sending → sent, each step in its own transaction,
 * so a restart resumes from the ledger; the row is the only place a read is counted.
 */
export const newsletterDeliveries = pgTable(
  'newsletter_deliveries',
  {
    issueId: text('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** The author's circles the recipient was in at sending, for the stats by circle. */
    circles: text('circles').array().notNull().default(sql`'{}'::text[]`),
    seniority: text('seniority').notNull(),
    mailState: text('mail_state', { enum: ['pending', 'sending', 'sent', 'unsubscribed'] })
      .notNull()
      .default('pending'),
    mailAttemptedAt: at('mail_attempted_at'),
    mailedAt: at('mailed_at'),
    deliveredAt: at('delivered_at').notNull(),
    readAt: at('read_at'),
    linkVisits: integer('link_visits').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.issueId, t.recipientId] }),
    index('newsletter_deliveries_recipient_idx').on(t.recipientId, t.deliveredAt),
    index('newsletter_deliveries_pending_idx')
      .on(t.issueId, t.recipientId)
      .where(sql`${t.mailState} in ('pending', 'sending')`),
  ],
)

/** A member who asked for no more mail of an author's newsletters (in-app delivery goes on). */
export const newsletterUnsubscribes = pgTable(
  'newsletter_unsubscribes',
  {
    authorId: ownerRef(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorId, t.memberId] })],
)
