import { currentPositionsAt, type PositionRow } from '../../db/queries/members.js'
import { matchesAnyRole } from '../../domain/role-match.js'
import type { Seniority } from '../../domain/seniority.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import type { PathView } from './network-index.js'
import { rankedReach } from './reach-cache.js'

export interface PersonAtCompany {
  path: PathView
  title: string
  seniority: Seniority
  inTargetRole: boolean
}

/** Everyone currently at a company whom the viewer reaches within three hops, best path first. */
async function reachAt(ctx: ServiceContext, viewer: MemberId, company: string) {
  // The first current position each member lists there: the one their title is read from.
  const held = new Map<string, PositionRow>()
  for (const row of await currentPositionsAt(ctx.db, company)) {
    if (row.memberId !== viewer && !held.has(row.memberId)) held.set(row.memberId, row)
  }
  const index = await ctx.network.get()
  return { held, paths: rankedReach(index, viewer, company, [...held.keys()]) }
}

/** The best path to each of the people at a company the viewer reaches, best first. */
export async function pathsAtCompany(
  ctx: ServiceContext,
  viewer: MemberId,
  company: string,
): Promise<readonly PathView[]> {
  return (await reachAt(ctx, viewer, company)).paths
}

/**
 * The people the viewer reaches at a company, best path first, each with their title there and
 * whether it matches one of the viewer's target roles; and how many members work there.
 */
export async function peopleAtCompany(
  ctx: ServiceContext,
  viewer: MemberId,
  company: string,
  roles: readonly string[],
): Promise<{ staff: number; people: PersonAtCompany[] }> {
  const { held, paths } = await reachAt(ctx, viewer, company)
  const people = paths.flatMap((path) => {
    const position = held.get(path.nodes.at(-1) ?? '')
    if (position === undefined) return []
    const { title } = position
    const seniority = position.seniority as Seniority
    return [{ path, title, seniority, inTargetRole: matchesAnyRole(title, roles) }]
  })
  return { staff: held.size, people }
}
