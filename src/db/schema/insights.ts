import { index, integer, pgTable, primaryKey, real, text } from 'drizzle-orm/pg-core'
import { at, ownerRef } from './columns.js'
import { contacts } from './contacts.js'

/** A member's "right, prune" / "wrong, keep" on a suggestion, with the score it had then. */
export const pruneMarks = pgTable(
  'prune_marks',
  {
    ownerId: ownerRef(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    verdict: text('verdict', { enum: ['keep', 'prune'] }).notNull(),
    markedAt: at('marked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.contactId] })],
)

/** Days between contacts per circle, per member. */
export const cadences = pgTable(
  'cadences',
  {
    ownerId: ownerRef(),
    circle: text('circle').notNull(),
    days: integer('days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.circle] })],
)

/** What the network produced: a meeting, a job, a deal… */
export const outcomes = pgTable(
  'outcomes',
  {
    id: text('id').primaryKey(),
    ownerId: ownerRef(),
    contactId: text('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    note: text('note'),
  },
  (t) => [index('outcomes_owner_idx').on(t.ownerId, t.at)],
)
