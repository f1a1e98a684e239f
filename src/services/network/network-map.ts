import { memberContactsOf } from '../../db/queries/connections.js'
import { findMembersByIds } from '../../db/queries/members.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

/**
 * The caller's first-degree network and the ties among it that privacy lets the caller see. The
 * strengths shown are the caller's own scores of their own ties; a tie between two of their
 * connections is drawn without one, since its weight comes from those two members' private scores.
 */
export async function networkMap(ctx: ServiceContext, viewer: MemberId) {
  const index = await ctx.network.get()
  const { neighbours, ties } = index.neighbourhood(viewer)
  const rows = await findMembersByIds(ctx.db, [viewer, ...neighbours])
  const names = new Map(rows.map((r) => [r.id, r]))
  const lions = ctx.network.lions()
  const records = await memberContactsOf(ctx.db, viewer)
  const ownScore = (id: string) => records.get(id)?.strength ?? null
  const node = (id: string) => ({
    id,
    name: names.get(id)?.name ?? '',
    isSelf: id === viewer,
    contactId: records.get(id)?.contactId ?? null,
    circles: records.get(id)?.circles ?? [],
    strength: id === viewer ? null : ownScore(id),
    lion: lions?.has(id) ?? false,
  })
  return {
    nodes: [node(viewer), ...neighbours.map(node)],
    edges: [
      ...neighbours.map((id) => ({ source: viewer as string, target: id, weight: ownScore(id) })),
      ...ties.map((t) => ({ source: t.a, target: t.b, weight: null })),
    ],
  }
}

/** How many members the caller reaches at 1, 2 and 3 hops through ties privacy lets them use. */
export async function networkReach(ctx: ServiceContext, viewer: MemberId) {
  const index = await ctx.network.get()
  return index.degreeCounts(viewer) ?? { first: 0, second: 0, third: 0 }
}
