import { recordCredentialUse } from './accounts/index.js'
import type { ServiceContext } from './context.js'
import { failInterruptedImports } from './imports/index.js'
import { OPEN_NETWORKER_SCAN } from './network/index.js'
import { inTransaction } from './transaction.js'

// @NOTE A timer, not a durable job: it writes this process's in-memory notes, which no other
// process could write for it.
const RECORD_USE_EVERY_MS = 60_000
const timers = new WeakMap<ServiceContext, NodeJS.Timeout>()

/**
 * What a serving process does besides answering requests: the jobs worker (with every recurring
 * job scheduled), a first open-networker scan when none is stored, and the graph loaded ahead of
 * the first request that needs it, the uses of sessions and tokens written once a minute, and
 * imports a stopped process left running marked failed.
 * Nothing here delays the server's first answer.
 */
export async function startBackgroundWork(ctx: ServiceContext): Promise<void> {
  const timer = setInterval(() => {
    recordCredentialUse(ctx).catch((err: unknown) => ctx.log.warn({ err }, 'credential use'))
  }, RECORD_USE_EVERY_MS)
  timer.unref()
  timers.set(ctx, timer)
  const interrupted = await failInterruptedImports(ctx)
  if (interrupted > 0) ctx.log.warn({ interrupted }, 'imports cut short by a stop marked failed')
  await ctx.jobs.scheduleRecurring()
  ctx.jobs.start()
  await ctx.network.get()
  if (ctx.network.lions()?.size === 0) {
    const now = ctx.clock()
    await inTransaction(ctx, (scope) =>
      scope.schedule({ kind: OPEN_NETWORKER_SCAN, runAt: now, singletonKey: 'first-scan' }),
    )
  }
}

/** Stops the worker and writes the last credential uses; the job in hand finishes first (or its lease lapses for another process). */
export async function stopBackgroundWork(ctx: ServiceContext): Promise<void> {
  clearInterval(timers.get(ctx))
  await ctx.jobs.stop()
  await recordCredentialUse(ctx)
}
