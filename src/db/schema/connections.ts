import { sql } from 'drizzle-orm'
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { members } from './members.js'

export interface HowWeMetColumn {
  kind: 'worked_together' | 'studied_together' | 'met_in_person' | 'introduced' | 'other'
  detail?: string | undefined
  company?: string | undefined
  from?: string | undefined
  to?: string | undefined
  place?: string | undefined
  date?: string | undefined
}

const memberRef = (name: string) =>
  text(name)
    .notNull()
    .references(() => members.id, { onDelete: 'cascade' })

/**
 * An invitation keeps the invitee's answer (`status`) apart from the sender's own action
 * (`withdrawnAt`), so that an ignored or "don't know" answer is never visible to the sender.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    fromId: memberRef('from_id'),
    toId: memberRef('to_id'),
    note: text('note').notNull(),
    howWeMet: jsonb('how_we_met').$type<HowWeMetColumn>().notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'ignored', 'dont_know'] })
      .notNull()
      .default('pending'),
    // Sent by someone the invitee said they don't know: kept for the sender's view, never delivered.
    silent: boolean('silent').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    index('invitations_to_idx').on(t.toId, t.status),
    index('invitations_from_idx').on(t.fromId, t.createdAt),
    index('invitations_pair_idx').on(t.fromId, t.toId),
  ],
)

/**
 * One row per pair of members ever connected, stored once with `memberLo < memberHi`.
 * Removing sets `removedAt`; nothing else is lost, so a restore brings back how they met and since when.
 */
export const connections = pgTable(
  'connections',
  {
    id: text('id').primaryKey(),
    memberLo: memberRef('member_lo'),
    memberHi: memberRef('member_hi'),
    howWeMet: jsonb('how_we_met').$type<HowWeMetColumn>().notNull(),
    invitationId: text('invitation_id'),
    since: timestamp('since', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: text('removed_by'),
  },
  (t) => [
    uniqueIndex('connections_pair_idx').on(t.memberLo, t.memberHi),
    index('connections_hi_idx').on(t.memberHi),
    index('connections_active_lo_idx').on(t.memberLo).where(sql`${t.removedAt} is null`),
  ],
)
