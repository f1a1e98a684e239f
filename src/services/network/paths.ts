import type { WarmPathView } from '../../contracts/paths.js'
import type { MemberSummary } from '../../contracts/profile.js'
import { currentStaffOf, findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import type { PathView } from './network-index.js'

async function present(ctx: ServiceContext, paths: PathView[]): Promise<WarmPathView[]> {
  const summaries = await summariesOf(
    ctx.db,
    paths.flatMap((p) => p.nodes.slice(1)),
  )
  const summary = (id: string): MemberSummary => {
    const found = summaries.get(id)
    if (found === undefined) throw new AppError('not_found', 'No such member')
    return found
  }
  return paths.map((p) => {
    const via = p.nodes.slice(1, -1)
    return {
      via,
      viaMembers: via.map(summary),
      target: summary(p.nodes.at(-1) ?? ''),
      hops: p.hops,
      strength: p.strength,
      weakestLink: p.weakestLink,
    }
  })
}

/** The best warm paths from the caller to one member, through ties privacy lets the caller use. */
export async function pathsToMember(
  ctx: ServiceContext,
  viewer: MemberId,
  target: string,
  k: number,
) {
  if ((await findMemberById(ctx.db, target)) === null)
    throw new AppError('not_found', 'No such member')
  const index = await ctx.network.get()
  return { paths: await present(ctx, index.paths(viewer, target, k)) }
}

/** Everyone currently at a company within three hops, and who could introduce the caller. */
export async function reachAtCompany(ctx: ServiceContext, viewer: MemberId, company: string) {
  const staff = (await currentStaffOf(ctx.db, company)).filter((id) => id !== viewer)
  const index = await ctx.network.get()
  const groups = index.companyPaths(viewer, staff)
  const best = new Map<string, PathView>()
  for (const group of groups) {
    for (const path of group.paths) {
      const target = path.nodes.at(-1) ?? ''
      const known = best.get(target)
      if (known === undefined || path.strength > known.strength) best.set(target, path)
    }
  }
  const people = await present(
    ctx,
    [...best.values()].sort((a, b) => b.strength - a.strength || a.hops - b.hops),
  )
  const introducerIds = groups.flatMap((g) => (g.introducer === null ? [] : [g.introducer]))
  const introducerSummaries = await summariesOf(ctx.db, introducerIds)
  const introducers = groups.flatMap((g) => {
    const member = g.introducer === null ? undefined : introducerSummaries.get(g.introducer)
    return member === undefined ? [] : [{ member, reaches: g.paths.length, strength: g.strength }]
  })
  return { company, staff: staff.length, people, introducers }
}

/** Warm paths to a company, flattened best first, in the shape of `GET /api/paths`. */
export async function pathsToCompany(
  ctx: ServiceContext,
  viewer: MemberId,
  company: string,
  k: number,
) {
  const reach = await reachAtCompany(ctx, viewer, company)
  return { paths: reach.people.slice(0, k) }
}

/** For each target company of the caller's career strategy, who is reachable there and through whom. */
export async function careerStrategyReach(ctx: ServiceContext, viewer: MemberId) {
  const me = await findMemberById(ctx.db, viewer)
  if (me === null) throw new AppError('not_found', 'No such member')
  const companies = []
  for (const company of me.careerStrategy.companies)
    companies.push(await reachAtCompany(ctx, viewer, company))
  return { roles: me.careerStrategy.roles, companies }
}
