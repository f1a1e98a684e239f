import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { members } from './members.js'

const memberRef = () =>
  text('member_id')
    .notNull()
    .references(() => members.id, { onDelete: 'cascade' })

/** Browser sessions; the id is the SHA-256 of the cookie's secret, so a database leak reveals no session. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    memberId: memberRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_member_idx').on(t.memberId)],
)

/** Personal access tokens for the API and CLI, stored hashed like sessions. */
export const accessTokens = pgTable(
  'access_tokens',
  {
    id: text('id').primaryKey(),
    memberId: memberRef(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    // Null for a token that lasts until it is revoked (or the account signs out everywhere).
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [index('access_tokens_member_idx').on(t.memberId)],
)

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  memberId: memberRef(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
})

export const loginFailures = pgTable(
  'login_failures',
  {
    id: text('id').primaryKey(),
    memberId: memberRef(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_member_at_idx').on(t.memberId, t.at)],
)
