import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core'
import { at } from './columns.js'
import { members } from './members.js'

const memberRef = (name: string) =>
  text(name)
    .notNull()
    .references(() => members.id, { onDelete: 'cascade' })

/**
 * A double opt-in request: the requester asks the introducer to introduce them to the target.
 * Each decline reason is private to whoever declined. `silent` marks a request one of the parties
 * refused (a block): it is kept for the requester's own view and never delivered.
 */
export const introductions = pgTable(
  'introductions',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['introduction', 'referral'] }).notNull(),
    requesterId: memberRef('requester_id'),
    introducerId: memberRef('introducer_id'),
    targetId: memberRef('target_id'),
    valueForTarget: text('value_for_target').notNull(),
    valueForRequester: text('value_for_requester').notNull(),
    introducerNote: text('introducer_note'),
    introducerDeclineReason: text('introducer_decline_reason'),
    targetDeclineReason: text('target_decline_reason'),
    status: text('status', {
      enum: [
        'requested',
        'forwarded',
        'declined_by_introducer',
        'declined_by_target',
        'accepted',
        'expired',
      ],
    }).notNull(),
    silent: boolean('silent').notNull().default(false),
    conversationId: text('conversation_id'),
    // A referral's résumé: a file under the data directory, never under the web root.
    resumeFile: text('resume_file'),
    resumeName: text('resume_name'),
    resumeBytes: integer('resume_bytes'),
    createdAt: at('created_at').notNull(),
    forwardedAt: at('forwarded_at'),
    decidedAt: at('decided_at'),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    index('introductions_requester_idx').on(t.requesterId, t.createdAt),
    index('introductions_introducer_idx').on(t.introducerId, t.createdAt),
    index('introductions_target_idx').on(t.targetId, t.createdAt),
  ],
)

/** An introducer's bar: a minimum tie strength (their own score), with a wider door for some. */
export const introducerSettings = pgTable('introducer_settings', {
  memberId: text('member_id')
    .primaryKey()
    .references(() => members.id, { onDelete: 'cascade' }),
  minTieStrength: doublePrecision('min_tie_strength'),
  openToStudentsAndTransition: boolean('open_to_students_and_transition').notNull().default(false),
})

/**
 * The one question, thirty days after an accepted introduction, of what it led to: asked of the
 * requester and the target once each, and answered at most once.
 */
export const introductionOutcomes = pgTable(
  'introduction_outcomes',
  {
    introductionId: text('introduction_id')
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    memberId: memberRef('member_id'),
    askedAt: at('asked_at'),
    kind: text('kind'),
    note: text('note'),
    answeredAt: at('answered_at'),
  },
  (t) => [
    primaryKey({ columns: [t.introductionId, t.memberId] }),
    index('introduction_outcomes_member_idx').on(t.memberId),
  ],
)
