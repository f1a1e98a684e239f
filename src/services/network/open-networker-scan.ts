import { replaceOpenNetworkerLabels } from '../../db/queries/network.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import type { LionLabel } from './lions.js'

const SCAN_EVERY_MS = 10 * 60_000
export const OPEN_NETWORKER_SCAN = 'network.scan-open-networkers'

/**
 * Scans the whole community for likely open networkers and stores the labels for every process
 * (which reload them on the announcement). Whole-graph work: it runs as a job, never on a
 * request's path, and holds no transaction while it counts triangles.
 */
export async function rescanOpenNetworkers(ctx: ServiceContext): Promise<Map<string, LionLabel>> {
  const labels = await ctx.network.refreshLions()
  const scannedAt = ctx.clock()
  await inTransaction(ctx, async (scope) => {
    await replaceOpenNetworkerLabels(
      scope.tx,
      [...labels].map(([memberId, label]) => ({ memberId, ...label, scannedAt })),
    )
    scope.announce({ kind: 'lions.rescanned' })
  })
  return labels
}

export function networkJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    {
      kind: OPEN_NETWORKER_SCAN,
      everyMs: SCAN_EVERY_MS,
      run: async () => {
        await rescanOpenNetworkers(ctx)
      },
    },
  ]
}
