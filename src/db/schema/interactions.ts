import { bigint, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at } from './columns.js'

/**
 * What passed between a member and a contact, from the member's side. `dedupeKey` is unique per
 * owner so that importing the same message twice stores it once.
 * @NOTE No foreign keys: a million imported messages would pay two referential checks each (about
 * 40% of the insert time on the embedded database). Rows are written only for contacts of the
 * same owner inside the importing transaction, and erasure deletes them by owner.
 */
export const interactions = pgTable(
  'interactions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ownerId: text('owner_id').notNull(),
    contactId: text('contact_id').notNull(),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    intent: text('intent'),
    by: text('by'),
    source: text('source').notNull(),
    note: text('note'),
    dedupeKey: text('dedupe_key').notNull(),
  },
  (t) => [
    uniqueIndex('interactions_owner_key_idx').on(t.ownerId, t.dedupeKey),
    index('interactions_contact_idx').on(t.contactId, t.at),
  ],
)
