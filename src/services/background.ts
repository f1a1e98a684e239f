import type { ServiceContext } from './context.js'
import { OPEN_NETWORKER_SCAN } from './network/index.js'
import { inTransaction } from './transaction.js'

/**
 * What a serving process does besides answering requests: the jobs worker (with every recurring
 * job scheduled), a first open-networker scan when none is stored, and the graph loaded ahead of
 * the first request that needs it. Nothing here delays the server's first answer.
 */
export async function startBackgroundWork(ctx: ServiceContext): Promise<void> {
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

/** Stops the worker; the job in hand finishes first (or its lease lapses for another process). */
export async function stopBackgroundWork(ctx: ServiceContext): Promise<void> {
  await ctx.jobs.stop()
}
