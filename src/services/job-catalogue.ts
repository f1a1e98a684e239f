import { purgeJobs } from './accounts/index.js'
import type { ServiceContext } from './context.js'
import { eventJobs } from './events/index.js'
import { introductionJobs } from './introductions/index.js'
import { networkJobs } from './network/index.js'
import { newsletterJobs } from './newsletters/index.js'
import { connectionContactJobs } from './relationships/index.js'
import { scoringJobs } from './scoring/index.js'

/** Every capability's durable jobs, defined once on the context's runner. */
export function defineJobs(ctx: ServiceContext): void {
  const all = [
    ...purgeJobs(ctx),
    ...networkJobs(ctx),
    ...scoringJobs(ctx),
    ...connectionContactJobs(ctx),
    ...newsletterJobs(ctx),
    ...introductionJobs(ctx),
    ...eventJobs(ctx),
  ]
  for (const job of all) {
    ctx.jobs.define(job)
  }
}
