import { deleteEndedJobs } from '../../db/queries/jobs.js'
import { purgeExpired } from '../../db/queries/purges.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { transactionalJob } from '../transaction.js'

const DAY_MS = 86_400_000
// Longer than every window a limit counts over (the longest is a week), so no limit loses count.
const KEEP_EVENTS_MS = 30 * DAY_MS
const KEEP_ENDED_JOBS_MS = 30 * DAY_MS

/** Expired sessions and reset codes, old counted events and long-ended jobs, deleted every six hours. */
export function purgeJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    transactionalJob(ctx, {
      kind: 'accounts.purge-expired',
      everyMs: 6 * 3600_000,
      run: async (scoped) => {
        const now = scoped.clock()
        const purged = await purgeExpired(scoped.db, now, new Date(now.getTime() - KEEP_EVENTS_MS))
        const jobs = await deleteEndedJobs(scoped.db, new Date(now.getTime() - KEEP_ENDED_JOBS_MS))
        scoped.log.info({ ...purged, jobs }, 'purged expired records')
      },
    }),
  ]
}
