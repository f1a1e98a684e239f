import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { members } from './members.js'

/**
 * A member's silent refusal of another: the blocked member can send them no more message
 * requests, invitations or recommendations, and is never told. Removed with either member.
 */
export const memberBlocks = pgTable(
  'member_blocks',
  {
    blockerId: text('blocker_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    blockedId: text('blocked_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    index('member_blocks_blocked_idx').on(t.blockedId),
  ],
)
