import { findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'

export async function requireOperator(ctx: ServiceContext, viewer: MemberId): Promise<void> {
  const member = await findMemberById(ctx.db, viewer)
  if (member?.role !== 'operator') throw new AppError('forbidden', 'Only the operator may do this')
}

/** The community's likely open networkers from the latest scan, highest score first (operator only). */
export async function communityOpenNetworkers(ctx: ServiceContext, viewer: MemberId) {
  await requireOperator(ctx, viewer)
  const labels = ctx.network.lions() ?? (await ctx.network.refreshLions())
  const summaries = await summariesOf(ctx.db, [...labels.keys()])
  return [...labels]
    .flatMap(([id, label]) => {
      const member = summaries.get(id)
      return member === undefined ? [] : [{ member, ...label }]
    })
    .sort((a, b) => b.score - a.score)
}
