import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'

import { JOB_STATES } from '../../domain/job-states.js'

/**
 * Work that must happen later (expiries, follow-ups, sending, rescans, purges). A job is claimed
 * by one worker at a time with a lease (`lockedUntil`); a worker that dies lets the lease lapse
 * and another takes the job again. At most one job per `singletonKey` waits to run (a change
 * made while it runs schedules the next).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    state: text('state', { enum: JOB_STATES }).notNull().default('scheduled'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    singletonKey: text('singleton_key'),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_due_idx').on(t.state, t.runAt),
    index('jobs_kind_idx').on(t.kind, t.state),
    uniqueIndex('jobs_singleton_idx').on(t.singletonKey).where(sql`${t.state} = 'scheduled'`),
  ],
)
