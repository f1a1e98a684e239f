import type { InstanceHealth } from '../../contracts/operator.js'
import { instanceFigures } from '../../db/queries/operator.js'
import type { MemberId } from '../../ids.js'
import { lastBackup } from '../backup/index.js'
import type { ServiceContext } from '../context.js'
import { requireOperator } from './operator.js'

/** Database size, members, ties, the graph's build time, jobs and the last backup (operator only). */
export async function instanceHealth(
  ctx: ServiceContext,
  viewer: MemberId,
): Promise<InstanceHealth> {
  await requireOperator(ctx, viewer)
  const index = await ctx.network.get()
  const figures = await instanceFigures(ctx.db)
  const build = ctx.network.lastBuild()
  return {
    database: { kind: figures.embedded ? 'pglite' : 'postgres', bytes: figures.databaseBytes },
    members: figures.members,
    suspended: figures.suspended,
    ties: figures.ties,
    graph: {
      members: index.memberCount,
      buildMs: build === null ? null : Math.round(build.ms * 10) / 10,
      builtAt: build?.at.toISOString() ?? null,
    },
    jobs: {
      scheduled: figures.jobs.scheduled ?? 0,
      running: figures.jobs.running ?? 0,
      failed: figures.jobs.failed ?? 0,
    },
    lastBackupAt: (await lastBackup(ctx))?.at ?? null,
  }
}
