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

/**
 * Failed logins, counted per account and client address: a stranger failing from their address
 * locks only that address out. The account is the SHA-256 of the e-mail as typed (normalised), so
 * failures for an address without an account are counted the same way and reveal nothing.
 */
export const failedLogins = pgTable(
  'failed_logins',
  {
    id: text('id').primaryKey(),
    accountKey: text('account_key').notNull(),
    clientAddress: text('client_address').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('failed_logins_account_client_at_idx').on(t.accountKey, t.clientAddress, t.at),
    index('failed_logins_at_idx').on(t.at),
  ],
)
