import type {
  ReportInput,
  ReportView,
  SuspendInput,
  SuspensionView,
} from '../../contracts/operator.js'
import { deleteCredentialsOf } from '../../db/queries/auth.js'
import { findMemberById } from '../../db/queries/members.js'
import {
  findReport,
  insertMemberReport,
  listOpenReports,
  resolveReportsAbout,
  setSuspendedAt,
  suspendedMembers,
  suspensionsOf,
} from '../../db/queries/operator.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { mayBeFound } from '../network/index.js'
import { inTransaction } from '../transaction.js'
import { recordOperatorAction } from './audit.js'
import { requireOperator } from './operator.js'

/** A member reports a profile to the operator; the reported member is never told who. */
export async function reportMember(
  ctx: ServiceContext,
  reporter: MemberId,
  target: string,
  input: ReportInput,
) {
  if (target === reporter) throw new AppError('rule_violation', 'You cannot report yourself')
  const member = await findMemberById(ctx.db, target)
  if (member === null || !mayBeFound(member)) throw new AppError('not_found', 'No such member')
  const row = await insertMemberReport(ctx.db, {
    id: newId(),
    reporterId: reporter,
    targetId: target,
    reason: input.reason,
    note: input.note,
    createdAt: ctx.clock(),
  })
  return { report: { id: row.id, reason: row.reason, createdAt: row.createdAt.toISOString() } }
}

/** Open reports, oldest first (operator only). */
export async function moderationQueue(
  ctx: ServiceContext,
  viewer: MemberId,
  limit: number,
): Promise<ReportView[]> {
  await requireOperator(ctx, viewer)
  const rows = await listOpenReports(ctx.db, limit)
  const ids = [...new Set(rows.flatMap((r) => [r.reporterId, r.targetId]))]
  const names = await summariesOf(ctx, ids)
  const targets = await suspensionsOf(ctx.db, [...new Set(rows.map((r) => r.targetId))])
  const suspended = new Set(targets.filter((m) => !mayBeFound(m)).map((m) => m.id))
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    reporter: names.get(r.reporterId) ?? null,
    target: names.get(r.targetId) ?? null,
    targetId: r.targetId,
    targetSuspended: suspended.has(r.targetId),
  }))
}

/**
 * Suspends a member (operator only, audited): every session and token ends at once, sign-in is
 * refused, and the one visibility rule hides them from search, profiles and paths. Their reports
 * leave the queue as decided.
 */
export async function suspendMember(
  ctx: ServiceContext,
  viewer: MemberId,
  target: string,
  input: SuspendInput,
): Promise<SuspensionView> {
  await requireOperator(ctx, viewer)
  if (target === viewer) throw new AppError('rule_violation', 'You cannot suspend yourself')
  const now = ctx.clock()
  const member = await inTransaction(ctx, async ({ tx, announce }) => {
    const row = await findMemberById(tx, target)
    if (row === null) throw new AppError('not_found', 'No such member')
    if (row.suspendedAt !== null) throw new AppError('conflict', 'That member is already suspended')
    await setSuspendedAt(tx, target, now)
    await deleteCredentialsOf(tx, target)
    await resolveReportsAbout(tx, target, { by: viewer, at: now, outcome: 'suspended' })
    await recordOperatorAction(tx, now, {
      actor: viewer,
      action: 'member.suspended',
      target,
      detail: input.reason === undefined ? {} : { reason: input.reason },
    })
    announce({
      kind: 'member.suspension',
      member: target,
      suspended: true,
      visibility: row.visibility,
    })
    return row
  })
  return await suspensionView(ctx, member.id, now)
}

/** Lifts a suspension (operator only, audited): the member may sign in and be found again. */
export async function restoreMember(
  ctx: ServiceContext,
  viewer: MemberId,
  target: string,
): Promise<SuspensionView> {
  await requireOperator(ctx, viewer)
  const now = ctx.clock()
  await inTransaction(ctx, async ({ tx, announce }) => {
    const row = await findMemberById(tx, target)
    if (row === null) throw new AppError('not_found', 'No such member')
    if (row.suspendedAt === null) throw new AppError('conflict', 'That member is not suspended')
    await setSuspendedAt(tx, target, null)
    await recordOperatorAction(tx, now, {
      actor: viewer,
      action: 'member.restored',
      target,
      detail: {},
    })
    announce({
      kind: 'member.suspension',
      member: target,
      suspended: false,
      visibility: row.visibility,
    })
  })
  return await suspensionView(ctx, target, null)
}

/** Closes a report without suspending anyone (operator only, audited). */
export async function dismissReport(
  ctx: ServiceContext,
  viewer: MemberId,
  reportId: string,
): Promise<void> {
  await requireOperator(ctx, viewer)
  const now = ctx.clock()
  await inTransaction(ctx, async ({ tx }) => {
    const report = await findReport(tx, reportId)
    if (report === null || report.resolvedAt !== null) {
      throw new AppError('not_found', 'No such open report')
    }
    await resolveReportsAbout(tx, report.targetId, { by: viewer, at: now, outcome: 'dismissed' })
    await recordOperatorAction(tx, now, {
      actor: viewer,
      action: 'report.dismissed',
      target: report.targetId,
      detail: { reason: report.reason },
    })
  })
}

/** Members suspended now, most recent first (operator only), so that each can be restored. */
export async function suspensions(
  ctx: ServiceContext,
  viewer: MemberId,
  limit: number,
): Promise<SuspensionView[]> {
  await requireOperator(ctx, viewer)
  const rows = await suspendedMembers(ctx.db, limit)
  const names = await summariesOf(
    ctx,
    rows.map((r) => r.id),
  )
  return rows.flatMap((r) => {
    const member = names.get(r.id)
    return member === undefined
      ? []
      : [{ member, suspendedAt: r.suspendedAt?.toISOString() ?? null }]
  })
}

async function suspensionView(ctx: ServiceContext, id: string, at: Date | null) {
  const member = (await summariesOf(ctx, [id])).get(id)
  if (member === undefined) throw new AppError('not_found', 'No such member')
  return { member, suspendedAt: at?.toISOString() ?? null }
}
