import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { pathsAtCompany } from './company-reach.js'
import { pathPresenter } from './path-presenter.js'

/** The best warm paths from the caller to one member, through ties privacy lets the caller use. */
export async function pathsToMember(
  ctx: ServiceContext,
  viewer: MemberId,
  target: string,
  k: number,
) {
  if (!(await ctx.directory.mayBeFound(target))) throw new AppError('not_found', 'No such member')
  const index = await ctx.network.get()
  const paths = index.paths(viewer, target, k)
  const presenter = await pathPresenter(ctx, viewer, paths)
  return { paths: paths.map((p) => presenter.path(p)) }
}

/** Warm paths to the people currently at a company, one per person, best first. */
export async function pathsToCompany(
  ctx: ServiceContext,
  viewer: MemberId,
  company: string,
  k: number,
) {
  const best = (await pathsAtCompany(ctx, viewer, company)).slice(0, k)
  const presenter = await pathPresenter(ctx, viewer, best)
  return { paths: best.map((p) => presenter.path(p)) }
}
