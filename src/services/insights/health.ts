import type { HealthView } from '../../contracts/insights.js'
import { outcomesOf } from '../../db/queries/insights.js'
import { networkHealth, type OutcomeKind } from '../../domain/network-health.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { currentNetwork, type ReadingBasis, readingView } from '../scoring/index.js'
import { thresholdView } from './prune.js'
import { cadencesFor, dueContacts } from './stay-in-touch.js'

/** The member's network at a glance, with the count of prune suggestions and who is due. */
export async function healthFor(
  ctx: ServiceContext,
  viewer: MemberId,
  basis: ReadingBasis = 'export',
): Promise<HealthView> {
  const [network, outcomes, cadences] = await Promise.all([
    currentNetwork(ctx, viewer, basis),
    outcomesOf(ctx.db, viewer),
    cadencesFor(ctx, viewer),
  ])
  const now = network.asOf.at
  const health = networkHealth(
    network.contacts.map((c) => c.analysis),
    outcomes.map((o) => ({ kind: o.kind as OutcomeKind, at: o.at })),
    now,
  )
  const prune = network.contacts.filter(
    (c) => c.analysis.prune.suggested && network.marks.get(c.row.id) !== 'keep',
  ).length
  const due = dueContacts(network, cadences, now).length
  return {
    ...health,
    reciprocityBalance: { ...health.reciprocityBalance, byYear: network.reciprocityByYear },
    pruneSuggestions: prune,
    due,
    pruneThreshold: thresholdView(network),
    asOf: readingView(network.asOf),
  }
}
