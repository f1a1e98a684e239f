import { findMemberById, updateMember } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { memberIdByEmail, summariesOf } from '../members/index.js'

export async function requireOperator(ctx: ServiceContext, viewer: MemberId): Promise<void> {
  const member = await findMemberById(ctx.db, viewer)
  if (member?.role !== 'operator') throw new AppError('forbidden', 'Only the operator may do this')
}

/** The community's likely open networkers from the latest scan, highest score first (operator only). */
export async function communityOpenNetworkers(ctx: ServiceContext, viewer: MemberId) {
  await requireOperator(ctx, viewer)
  return await labelledOpenNetworkers(
    ctx,
    ctx.network.lions() ?? (await ctx.network.refreshLions()),
  )
}

/** A fresh community scan for open networkers, for the command line (no viewer: the operator's shell). */
export async function scanOpenNetworkers(ctx: ServiceContext) {
  return await labelledOpenNetworkers(ctx, await ctx.network.refreshLions())
}

async function labelledOpenNetworkers(
  ctx: ServiceContext,
  labels: Awaited<ReturnType<ServiceContext['network']['refreshLions']>>,
) {
  const summaries = await summariesOf(ctx.db, [...labels.keys()])
  return [...labels]
    .flatMap(([id, label]) => {
      const member = summaries.get(id)
      return member === undefined ? [] : [{ member, ...label }]
    })
    .sort((a, b) => b.score - a.score)
}

/** Makes the member with this e-mail an operator of the instance (from the operator's shell). */
export async function grantOperator(ctx: ServiceContext, email: string): Promise<MemberId> {
  const member = await memberIdByEmail(ctx, email)
  await updateMember(ctx.db, member, { role: 'operator', updatedAt: ctx.clock() })
  return member
}
