import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/** Instance-wide settings the operator changes at run time (sign-up mode, limits). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * Counted events for rate limits that must hold across restarts and processes
 * (sign-ups per client address, message requests per day).
 */
export const rateEvents = pgTable(
  'rate_events',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rate_events_kind_key_at_idx').on(t.kind, t.key, t.at)],
)

/** Every mail the instance sends; without SMTP settings this is the outbox shown at /dev/mail. */
export const mailOutbox = pgTable('mail_outbox', {
  id: text('id').primaryKey(),
  to: text('to_address').notNull(),
  subject: text('subject').notNull(),
  text: text('text_body').notNull(),
  html: text('html_body'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  error: text('error'),
})
