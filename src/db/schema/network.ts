import { integer, jsonb, pgTable, real, text, timestamp } from 'drizzle-orm/pg-core'
import { members } from './members.js'

/**
 * The latest community scan for likely open networkers, one row per flagged member: batch work
 * done by one process, read by every process (and kept across restarts).
 */
export const openNetworkerLabels = pgTable('open_networker_labels', {
  memberId: text('member_id')
    .primaryKey()
    .references(() => members.id, { onDelete: 'cascade' }),
  score: real('score').notNull(),
  reasons: jsonb('reasons').$type<string[]>().notNull(),
  degree: integer('degree').notNull(),
  clustering: real('clustering').notNull(),
  scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
})
