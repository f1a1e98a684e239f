import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { members } from './members.js'

const memberRef = (name: string) =>
  text(name)
    .notNull()
    .references(() => members.id, { onDelete: 'cascade' })

/**
 * A claim that two members worked together (a company or project, from, to), proposed by one and
 * confirmed or declined by the other. Only a confirmed one lets either recommend the other.
 * `from` and `to` are partial dates (`2018`, `2018-03`); `to` is null while it goes on.
 */
export const workedTogether = pgTable(
  'worked_together',
  {
    id: text('id').primaryKey(),
    proposerId: memberRef('proposer_id'),
    otherId: memberRef('other_id'),
    company: text('company').notNull(),
    from: text('from').notNull(),
    to: text('to'),
    status: text('status', { enum: ['proposed', 'confirmed', 'declined'] })
      .notNull()
      .default('proposed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('worked_together_proposer_idx').on(t.proposerId),
    index('worked_together_other_idx').on(t.otherId),
  ],
)

/**
 * A recommendation written by `author` for `subject` about one confirmed engagement. The subject
 * approves it before it is shown and may hide it later; nobody edits it. Removed with either
 * member or the engagement.
 */
export const recommendations = pgTable(
  'recommendations',
  {
    id: text('id').primaryKey(),
    authorId: memberRef('author_id'),
    subjectId: memberRef('subject_id'),
    engagementId: text('engagement_id')
      .notNull()
      .references(() => workedTogether.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'hidden'] })
      .notNull()
      .default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('recommendations_author_engagement_idx').on(
      t.authorId,
      t.subjectId,
      t.engagementId,
    ),
    index('recommendations_subject_idx').on(t.subjectId, t.status),
  ],
)
