import { currentStaffOf, findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import type { PathView } from './network-index.js'
import { pathPresenter } from './path-presenter.js'

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
  const paths = index.paths(viewer, target, k)
  const presenter = await pathPresenter(ctx, viewer, paths)
  return { paths: paths.map((p) => presenter.path(p)) }
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
  const paths = [...best.values()].sort((a, b) => b.strength - a.strength || a.hops - b.hops)
  const introducerIds = groups.flatMap((g) => (g.introducer === null ? [] : [g.introducer]))
  const presenter = await pathPresenter(ctx, viewer, paths, introducerIds)
  const introducers = groups.flatMap((g) =>
    g.introducer === null
      ? []
      : [
          {
            member: presenter.member(g.introducer),
            reaches: g.paths.length,
            strength: presenter.ownScore(g.introducer),
          },
        ],
  )
  return { company, staff: staff.length, people: paths.map((p) => presenter.path(p)), introducers }
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
