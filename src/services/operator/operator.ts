import type { JobListQuery, JobView } from '../../contracts/operator.js'
import { listJobs } from '../../db/queries/jobs.js'
import { findMemberById, updateMember } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { memberIdByEmail, summariesOf } from '../members/index.js'
import { type LionLabel, rescanOpenNetworkers } from '../network/index.js'
import { inTransaction } from '../transaction.js'
import { recordOperatorAction } from './audit.js'

export async function requireOperator(ctx: ServiceContext, viewer: MemberId): Promise<void> {
  const member = await findMemberById(ctx.db, viewer)
  if (member?.role !== 'operator') throw new AppError('forbidden', 'Only the operator may do this')
}

/** The community's likely open networkers from the latest scan, highest score first (operator only). */
export async function communityOpenNetworkers(ctx: ServiceContext, viewer: MemberId) {
  await requireOperator(ctx, viewer)
  await ctx.network.get()
  return await labelledOpenNetworkers(ctx, ctx.network.lions() ?? new Map())
}

/** A fresh community scan for open networkers, stored, for the operator's shell. */
export async function scanOpenNetworkers(ctx: ServiceContext) {
  return await labelledOpenNetworkers(ctx, await rescanOpenNetworkers(ctx))
}

async function labelledOpenNetworkers(ctx: ServiceContext, labels: ReadonlyMap<string, LionLabel>) {
  const summaries = await summariesOf(ctx, [...labels.keys()])
  return [...labels]
    .flatMap(([id, label]) => {
      const member = summaries.get(id)
      return member === undefined ? [] : [{ member, ...label }]
    })
    .sort((a, b) => b.score - a.score)
}

/** Makes the member with this e-mail an operator of the instance (from the operator's shell). */
export async function grantOperator(ctx: ServiceContext, email: string): Promise<MemberId> {
  return await setRole(ctx, email, 'operator')
}

/** Makes an operator an ordinary member again (from the operator's shell). */
export async function revokeOperator(ctx: ServiceContext, email: string): Promise<MemberId> {
  return await setRole(ctx, email, 'member')
}

async function setRole(ctx: ServiceContext, email: string, role: 'member' | 'operator') {
  const member = await memberIdByEmail(ctx, email)
  await inTransaction(ctx, async ({ tx, announce }) => {
    await updateMember(tx, member, { role, updatedAt: ctx.clock() })
    announce({ kind: 'member.changed', member })
    await recordOperatorAction(tx, ctx.clock(), {
      actor: null,
      action: role === 'operator' ? 'operator.granted' : 'operator.revoked',
      target: member,
      detail: {},
    })
  })
  return member
}

/** The durable jobs, newest first: by default what is waiting, running or failed (operator only). */
export async function operatorJobs(ctx: ServiceContext, viewer: MemberId, query: JobListQuery) {
  await requireOperator(ctx, viewer)
  const states =
    query.state === undefined ? (['scheduled', 'running', 'failed'] as const) : [query.state].flat()
  const rows = await listJobs(ctx.db, { states: [...states], limit: query.limit })
  return rows.map(
    (r): JobView => ({
      id: r.id,
      kind: r.kind,
      state: r.state,
      runAt: r.runAt.toISOString(),
      attempts: r.attempts,
      maxAttempts: r.maxAttempts,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
    }),
  )
}
