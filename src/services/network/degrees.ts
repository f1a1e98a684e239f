import type { MemberSummary } from '../../contracts/profile.js'
import { neighboursOf, visibilityOf } from '../../db/queries/connections.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { mayRevealTies } from './privacy.js'

export type Degree = 1 | 2 | 3 | null

export interface DegreeView {
  degree: Degree
  mutualConnections: MemberSummary[]
}

function byName(a: MemberSummary, b: MemberSummary): number {
  return a.name.localeCompare(b.name)
}

/**
 * The viewer's degree to a member and the mutual connections the viewer may see, both through
 * ties every intermediary lets the viewer use (the rule of `mayRevealTies`, at every hop).
 */
export async function degreeBetween(
  ctx: ServiceContext,
  viewer: MemberId,
  target: string,
): Promise<DegreeView> {
  if (viewer === target) return { degree: null, mutualConnections: [] }
  const index = await ctx.network.get()
  const summaries = await summariesOf(ctx, index.mutuals(viewer, target))
  return {
    degree: index.degree(viewer, target),
    mutualConnections: [...summaries.values()].sort(byName),
  }
}

/** A member's connections, if that member lets the viewer see them. */
export async function visibleConnectionsOf(
  ctx: ServiceContext,
  viewer: MemberId,
  owner: string,
): Promise<MemberSummary[] | null> {
  if (!(await mayKnowTiesOf(ctx, viewer, owner))) return null
  const theirs = await neighboursOf(ctx.db, owner)
  const summaries = await summariesOf(
    ctx,
    theirs.map((n) => n.memberId),
  )
  return [...summaries.values()].sort(byName)
}

/** Whether the owner's visibility lets the viewer know whom the owner knows (`mayRevealTies`). */
export async function mayKnowTiesOf(
  ctx: ServiceContext,
  viewer: MemberId,
  owner: string,
): Promise<boolean> {
  const [ownerVisibility] = await visibilityOf(ctx.db, [owner])
  if (ownerVisibility === undefined) return false
  const index = await ctx.network.get()
  const relation = viewer === owner ? 'self' : index.relationOf(owner, viewer)
  return mayRevealTies(ownerVisibility.visibility, relation)
}
