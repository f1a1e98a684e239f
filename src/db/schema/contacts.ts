import { sql } from 'drizzle-orm'
import { index, pgTable, real, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, ownerRef } from './columns.js'
import { members } from './members.js'

/**
 * One member's record of one person: a connection (linked by `memberId`) or an off-platform
 * person from an import or entered by hand. Everything here is private to `ownerId`.
 * `importKey` (profile URL, e-mail or name key) makes a second import find the same row.
 * The score columns are a cache of the last analysis, for sorting lists without rescoring.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    ownerId: ownerRef(),
    // An erased member's place in other people's records stays, unlinked.
    memberId: text('member_id').references(() => members.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email'),
    company: text('company'),
    title: text('title'),
    profileUrl: text('profile_url'),
    howMet: text('how_met'),
    howMetNote: text('how_met_note'),
    since: at('since'),
    notes: text('notes').notNull().default(''),
    circles: text('circles').array().notNull().default(sql`'{}'::text[]`),
    source: text('source').notNull(),
    importKey: text('import_key'),
    archivedAt: at('archived_at'),
    strength: real('strength'),
    band: text('band'),
    pruneScore: real('prune_score'),
    lastContactAt: at('last_contact_at'),
    scoredAt: at('scored_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('contacts_owner_key_idx').on(t.ownerId, t.importKey),
    uniqueIndex('contacts_owner_member_idx')
      .on(t.ownerId, t.memberId)
      .where(sql`${t.memberId} is not null`),
    index('contacts_member_idx').on(t.memberId),
  ],
)
