import { memberContactsOf } from '../../db/queries/connections.js'
import { findMembersByIds } from '../../db/queries/members.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

/** The caller's first-degree network and the ties among it that privacy lets the caller see. */
export async function networkMap(ctx: ServiceContext, viewer: MemberId) {
  const index = await ctx.network.get()
  const { neighbours, ties } = index.neighbourhood(viewer)
  const rows = await findMembersByIds(ctx.db, [viewer, ...neighbours.map((n) => n.id)])
  const names = new Map(rows.map((r) => [r.id, r]))
  const lions = ctx.network.lions()
  const records = await memberContactsOf(ctx.db, viewer)
  const node = (id: string, strength: number | null) => ({
    id,
    name: names.get(id)?.name ?? '',
    isSelf: id === viewer,
    contactId: records.get(id)?.contactId ?? null,
    circles: records.get(id)?.circles ?? [],
    // The viewer's own score of the tie where there is one; the graph's weight otherwise.
    strength: id === viewer ? null : (records.get(id)?.strength ?? strength),
    lion: lions?.has(id) ?? false,
  })
  return {
    nodes: [node(viewer, null), ...neighbours.map((n) => node(n.id, n.strength))],
    edges: [
      ...neighbours.map((n) => ({ source: viewer as string, target: n.id, weight: n.strength })),
      ...ties.map((t) => ({ source: t.a, target: t.b, weight: t.strength })),
    ],
  }
}

/** How many members the caller reaches at 1, 2 and 3 hops through ties privacy lets them use. */
export async function networkReach(ctx: ServiceContext, viewer: MemberId) {
  const index = await ctx.network.get()
  return index.degreeCounts(viewer) ?? { first: 0, second: 0, third: 0 }
}
