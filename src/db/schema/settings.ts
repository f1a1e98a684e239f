import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { members } from './members.js'

const memberKey = () =>
  text('member_id')
    .primaryKey()
    .references(() => members.id, { onDelete: 'cascade' })

/**
 * A change of e-mail waiting for the code mailed to the new address; one per member, a new request
 * replaces it. Until it is confirmed the account keeps its old address. The code is stored hashed.
 */
export const emailChanges = pgTable('email_changes', {
  memberId: memberKey(),
  newEmail: text('new_email').notNull(),
  codeHash: text('code_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  // Wrong codes tried; past the limit the change is void and must be asked for again.
  failedAttempts: integer('failed_attempts').notNull().default(0),
})

/**
 * Which e-mails a member wants. No row means the defaults; other capabilities read the choices
 * through the mail-preferences service before they mail.
 */
export const notificationPreferences = pgTable('notification_preferences', {
  memberId: memberKey(),
  invitations: boolean('invitations').notNull().default(true),
  messages: boolean('messages').notNull().default(true),
  digest: boolean('digest').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})
