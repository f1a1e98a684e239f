import type { Announcement } from '../announcements/announcement.js'
import type { Db } from '../db/client.js'
import { type JobDefinition, type NewJob, scheduleJob } from '../jobs/runner.js'
import type { ServiceContext } from './context.js'

/** Inside a service's transaction: say what changed (delivered after commit) and schedule jobs. */
export interface TransactionScope {
  tx: Db
  announce(...announcements: Announcement[]): void
  /** Schedules a durable job in this transaction and wakes the workers once it commits. */
  schedule(job: NewJob): Promise<void>
}

/** How often a transaction the database aborted to break a deadlock (or a conflict) is tried. */
const ATTEMPTS = 3
/** deadlock_detected and serialization_failure: the database rolled back, trying again is safe. */
const ABORTED_BY_DATABASE = new Set(['40P01', '40001'])

function abortedByDatabase(error: unknown): boolean {
  // The driver's error comes wrapped in the ORM's, as its cause.
  for (let e = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if (ABORTED_BY_DATABASE.has(String((e as { code?: unknown }).code))) return true
  }
  return false
}

/**
 * Runs `work` in one transaction and delivers its announcements only once that transaction has
 * committed: in this process to the listeners, and through the relay (staged inside the same
 * transaction) to every other process. Inside a job's transaction the announcements wait for it.
 * Transactions that take the same rows in different orders can deadlock on PostgreSQL; the one
 * the database aborts has changed nothing, so it runs again from the start.
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (scope: TransactionScope) => Promise<T>,
): Promise<T> {
  if (ctx.staged !== undefined) return await work(scopeOf(ctx, ctx.db, ctx.staged))
  for (let attempt = 1; ; attempt++) {
    const staged: Announcement[] = []
    let result: T
    try {
      result = await ctx.db.transaction(async (tx) => {
        const value = await work(scopeOf(ctx, tx, staged))
        await ctx.announcements.stage(tx, staged)
        return value
      })
    } catch (error) {
      if (attempt < ATTEMPTS && abortedByDatabase(error)) continue
      throw error
    }
    ctx.announcements.deliver(staged)
    return result
  }
}

/** A context whose database is an open transaction and whose announcements wait for its commit. */
export function withinTransaction(
  ctx: ServiceContext,
  tx: Db,
  staged: Announcement[],
): ServiceContext {
  return { ...ctx, db: tx, staged }
}

function scopeOf(ctx: ServiceContext, tx: Db, staged: Announcement[]): TransactionScope {
  let woken = false
  return {
    tx,
    announce: (...announcements) => staged.push(...announcements),
    schedule: async (job) => {
      await scheduleJob(tx, job, ctx.clock())
      if (!woken) staged.push({ kind: 'jobs.scheduled' })
      woken = true
    },
  }
}

/**
 * Announces changes whose writes have already committed (or, inside a job's transaction, that
 * will commit with it).
 */
export async function announce(ctx: ServiceContext, ...announcements: Announcement[]) {
  if (announcements.length === 0) return
  if (ctx.staged !== undefined) {
    ctx.staged.push(...announcements)
    return
  }
  await inTransaction(ctx, async (scope) => scope.announce(...announcements))
}

/**
 * A job whose handler runs in one transaction with the job's completion: its writes, its
 * announcements and "done" commit together, so a crash or restart mid-way runs it again from
 * scratch and its effects happen exactly once.
 */
export function transactionalJob(
  ctx: ServiceContext,
  definition: Omit<JobDefinition, 'run'> & {
    run(ctx: ServiceContext, payload: Record<string, unknown>): Promise<void>
    /**
     * Work to do before the transaction opens, such as loading what the handler reads through the
     * instance's own connection: on the embedded database that connection is the transaction's,
     * so reading through it from inside would wait on itself for ever.
     */
    prepare?(): Promise<void>
  },
): JobDefinition {
  const { prepare, ...rest } = definition
  return {
    ...rest,
    run: async (job) => {
      await prepare?.()
      const staged: Announcement[] = []
      await ctx.db.transaction(async (tx) => {
        await definition.run(withinTransaction(ctx, tx, staged), job.payload)
        await job.finishIn(tx)
        await ctx.announcements.stage(tx, staged)
      })
      ctx.announcements.deliver(staged)
    },
  }
}
