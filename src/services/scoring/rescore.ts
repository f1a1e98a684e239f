import type { Announcement } from '../../announcements/announcement.js'
import { ownersWithScoresBefore } from '../../db/queries/contacts.js'
import type { ServiceContext } from '../context.js'
import { announce, inTransaction, type TransactionScope, transactionalJob } from '../transaction.js'
import { type AnalyzedNetwork, type MemberTieScore, rescoreNetwork } from './network-analysis.js'

const RESCORE = 'scoring.rescore'
const DAY_MS = 86_400_000
// Ties per announcement, so that each stays well under what PostgreSQL's NOTIFY carries.
const TIES_PER_ANNOUNCEMENT = 100

/** The owner's new scores of member contacts, as announcements of a size every relay carries. */
export function tiesRescored(owner: string, ties: readonly MemberTieScore[]): Announcement[] {
  const out: Announcement[] = []
  for (let i = 0; i < ties.length; i += TIES_PER_ANNOUNCEMENT) {
    out.push({ kind: 'ties.rescored', owner, ties: ties.slice(i, i + TIES_PER_ANNOUNCEMENT) })
  }
  return out
}

/**
 * Says that what the owner's analysis reads has changed (a new interaction, outcome, prune mark
 * or connection): kept analyses are dropped once this commits, and the stored scores are redone
 * by a job (one waits per owner at a time).
 */
export async function scheduleRescore(scope: TransactionScope, owner: string, now: Date) {
  scope.announce({ kind: 'relationships.changed', owner })
  await scope.schedule({
    kind: RESCORE,
    payload: { owner },
    runAt: now,
    singletonKey: `rescore:${owner}`,
  })
}

/**
 * Scores every contact of the owner afresh and writes every score (after an import, which
 * changes interactions wholesale), then tells the graph the owner's new tie scores.
 */
export async function analyzeNetwork(ctx: ServiceContext, owner: string): Promise<AnalyzedNetwork> {
  const { network, ties } = await rescoreNetwork(ctx, owner, { writeAll: true })
  await announce(ctx, ...tiesRescored(owner, ties))
  return network
}

/** The scoring jobs: one owner's rescore, and a sweep that rescores owners whose scores aged a day. */
export function scoringJobs(ctx: ServiceContext) {
  return [
    transactionalJob(ctx, {
      kind: RESCORE,
      // Mutual strong ties come from the community graph, loaded through the instance's connection.
      prepare: async () => {
        await ctx.network.get()
      },
      run: async (scoped, payload) => {
        const owner = String(payload.owner)
        const { ties } = await rescoreNetwork(scoped, owner)
        await announce(scoped, ...tiesRescored(owner, ties))
      },
    }),
    transactionalJob(ctx, {
      kind: 'scoring.rescore-aged',
      everyMs: 6 * 3600_000,
      run: async (scoped) => {
        const now = scoped.clock()
        const aged = await ownersWithScoresBefore(scoped.db, new Date(now.getTime() - DAY_MS))
        await inTransaction(scoped, async (scope) => {
          for (const owner of aged) await scheduleRescore(scope, owner, now)
        })
      },
    }),
  ]
}
