import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { at } from './columns.js'
import { members } from './members.js'

/**
 * Every operator action, kept for the console: who did what to whom, when. The actor is null for
 * actions taken from the instance's shell; ids stay when members are erased, so the record holds.
 */
export const operatorActions = pgTable(
  'operator_actions',
  {
    id: text('id').primaryKey(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetId: text('target_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('operator_actions_at_idx').on(t.at)],
)

/** A single-use, expiring sign-up link mailed to one address (invite-only sign-up). */
export const signupInvitations = pgTable(
  'signup_invitations',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    usedBy: text('used_by').references(() => members.id, { onDelete: 'set null' }),
  },
  (t) => [index('signup_invitations_created_idx').on(t.createdAt)],
)

/** A member's report of a profile, waiting in the operator's moderation queue until resolved. */
export const memberReports = pgTable(
  'member_reports',
  {
    id: text('id').primaryKey(),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    targetId: text('target_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: ['soliciting', 'spam', 'fake_profile'] }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: at('created_at').notNull().defaultNow(),
    resolvedAt: at('resolved_at'),
    resolvedBy: text('resolved_by'),
    resolution: text('resolution', { enum: ['suspended', 'dismissed'] }),
  },
  (t) => [
    index('member_reports_open_idx').on(t.resolvedAt, t.createdAt),
    index('member_reports_target_idx').on(t.targetId),
  ],
)
