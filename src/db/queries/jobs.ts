import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm'
import type { JobState } from '../../domain/job-states.js'
import type { Db } from '../client.js'
import { jobs } from '../schema/jobs.js'
import { rowsOf } from './contacts.js'

export type JobRow = typeof jobs.$inferSelect
export type NewJobRow = typeof jobs.$inferInsert

/** Schedules a job; one with the same singleton key already waiting to run wins (false). */
export async function insertJob(db: Db, row: NewJobRow): Promise<boolean> {
  const inserted = await db
    .insert(jobs)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: jobs.id })
  return inserted.length > 0
}

/**
 * Claims the job due first (or one whose worker's lease lapsed) for this worker, in one statement:
 * `skip locked` lets several workers claim side by side without taking the same job.
 */
export async function claimDueJob(
  db: Db,
  worker: string,
  now: Date,
  leaseUntil: Date,
  kinds: string[],
): Promise<JobRow | null> {
  if (kinds.length === 0) return null
  const result = await db.execute(sql`
    update ${jobs} set state = 'running', attempts = attempts + 1, locked_by = ${worker},
      locked_until = ${leaseUntil.toISOString()}::timestamptz
    where id = (
      select id from ${jobs}
      where kind in (${sql.join(
        kinds.map((k) => sql`${k}`),
        sql`, `,
      )})
        and ((state = 'scheduled' and run_at <= ${now.toISOString()}::timestamptz)
          or (state = 'running' and locked_until < ${now.toISOString()}::timestamptz))
      order by run_at, id
      limit 1
      for update skip locked)
    returning id`)
  const [claimed] = rowsOf<{ id: string }>(result)
  if (claimed === undefined) return null
  const [row] = await db.select().from(jobs).where(eq(jobs.id, claimed.id))
  return row ?? null
}

/** Extends this worker's lease on a running job; false when the lease was lost to another worker. */
export async function renewJobLease(
  db: Db,
  id: string,
  worker: string,
  until: Date,
): Promise<boolean> {
  const renewed = await db
    .update(jobs)
    .set({ lockedUntil: until })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.state, 'running')))
    .returning({ id: jobs.id })
  return renewed.length > 0
}

/** Marks a job this worker holds as done; false when its lease was lost to another worker. */
export async function finishJob(db: Db, id: string, worker: string, now: Date): Promise<boolean> {
  const done = await db
    .update(jobs)
    .set({ state: 'done', finishedAt: now, lockedUntil: null, lastError: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.state, 'running')))
    .returning({ id: jobs.id })
  return done.length > 0
}

/**
 * After a failed attempt: again at `runAt`, or failed for good when `runAt` is null. A retry whose
 * singleton key has meanwhile been scheduled anew gives way to that job (it does the same work).
 */
export async function releaseFailedJob(
  db: Db,
  id: string,
  worker: string,
  error: string,
  runAt: Date | null,
  now: Date,
): Promise<void> {
  if (runAt === null) {
    await db
      .update(jobs)
      .set({ state: 'failed', lastError: error, finishedAt: now, lockedUntil: null })
      .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker)))
    return
  }
  await db.execute(sql`
    update ${jobs} set last_error = ${error}, locked_until = null,
      run_at = ${runAt.toISOString()}::timestamptz,
      state = case when exists (
        select 1 from ${jobs} j
        where j.singleton_key = ${jobs.singletonKey} and j.state = 'scheduled' and j.id <> ${jobs.id})
        then 'cancelled' else 'scheduled' end,
      finished_at = case when exists (
        select 1 from ${jobs} j
        where j.singleton_key = ${jobs.singletonKey} and j.state = 'scheduled' and j.id <> ${jobs.id})
        then ${now.toISOString()}::timestamptz else null end
    where ${jobs.id} = ${id} and ${jobs.lockedBy} = ${worker}`)
}

export async function listJobs(
  db: Db,
  options: { states: JobState[]; limit: number },
): Promise<JobRow[]> {
  return await db
    .select()
    .from(jobs)
    .where(inArray(jobs.state, options.states))
    .orderBy(desc(jobs.runAt))
    .limit(options.limit)
}

/** Deletes jobs that ended before `before`; returns how many. */
export async function deleteEndedJobs(db: Db, before: Date): Promise<number> {
  const gone = await db
    .delete(jobs)
    .where(and(inArray(jobs.state, ['done', 'cancelled', 'failed']), lt(jobs.finishedAt, before)))
    .returning({ id: jobs.id })
  return gone.length
}
