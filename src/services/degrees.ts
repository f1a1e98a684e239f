import type { MemberSummary } from '../api/schemas/profile.js'
import {
  activeEdgesAmong,
  type Neighbour,
  neighboursOf,
  visibilityOf,
} from '../db/queries/connections.js'
import type { MemberId } from '../ids.js'
import type { ServiceContext } from './context.js'
import { mayRevealTies, relationOfConnection } from './privacy.js'
import { summariesOf } from './profiles.js'

export type Degree = 1 | 2 | 3 | null

export interface DegreeView {
  degree: Degree
  mutualConnections: MemberSummary[]
}

/** Whether `through` lets a path (or a glimpse of its ties) pass for its connection, the previous hop. */
function letsThrough(through: Neighbour): boolean {
  return mayRevealTies(through.visibility, relationOfConnection())
}

/**
 * The viewer's degree to a member and the mutual connections the viewer may see. A mutual
 * connection counts only if it lets the viewer see its ties; a third-degree path only if each
 * intermediary lets the previous hop through.
 */
export async function degreeBetween(
  ctx: ServiceContext,
  viewer: MemberId,
  target: string,
): Promise<DegreeView> {
  if (viewer === target) return { degree: null, mutualConnections: [] }
  const [mine, theirs] = await Promise.all([
    neighboursOf(ctx.db, viewer),
    neighboursOf(ctx.db, target),
  ])
  const theirIds = new Set(theirs.map((n) => n.memberId))
  const mutualIds = mine
    .filter((n) => theirIds.has(n.memberId) && letsThrough(n))
    .map((n) => n.memberId)
  const summaries = await summariesOf(ctx.db, mutualIds)
  const mutualConnections = [...summaries.values()].sort((a, b) => a.name.localeCompare(b.name))
  if (mine.some((n) => n.memberId === target)) return { degree: 1, mutualConnections }
  if (mutualConnections.length > 0) return { degree: 2, mutualConnections }
  return { degree: (await hasThirdDegreePath(ctx, mine, theirs)) ? 3 : null, mutualConnections }
}

async function hasThirdDegreePath(ctx: ServiceContext, mine: Neighbour[], theirs: Neighbour[]) {
  const firstHops = mine.filter(letsThrough).map((n) => n.memberId)
  const secondHops = new Map(theirs.map((n) => [n.memberId, n]))
  const edges = await activeEdgesAmong(ctx.db, firstHops, [...secondHops.keys()])
  const firstHopSet = new Set(firstHops)
  return edges.some((edge) => {
    const second = firstHopSet.has(edge.memberLo) ? edge.memberHi : edge.memberLo
    const hop = secondHops.get(second)
    return hop !== undefined && letsThrough(hop)
  })
}

/** A member's connections, if that member lets the viewer see them. */
export async function visibleConnectionsOf(
  ctx: ServiceContext,
  viewer: MemberId,
  owner: string,
): Promise<MemberSummary[] | null> {
  const [ownerVisibility] = await visibilityOf(ctx.db, [owner])
  if (ownerVisibility === undefined) return null
  const theirs = await neighboursOf(ctx.db, owner)
  const isSelf = viewer === owner
  const connected = theirs.some((n) => n.memberId === viewer)
  const relation = isSelf ? 'self' : connected ? relationOfConnection() : 'none'
  if (!mayRevealTies(ownerVisibility.visibility, relation)) return null
  const summaries = await summariesOf(
    ctx.db,
    theirs.map((n) => n.memberId),
  )
  return [...summaries.values()].sort((a, b) => a.name.localeCompare(b.name))
}
