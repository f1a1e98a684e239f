import type { AuditEntry } from '../../contracts/operator.js'
import type { Db } from '../../db/client.js'
import { insertOperatorAction, listOperatorActions } from '../../db/queries/operator.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { requireOperator } from './operator.js'

export type OperatorAction =
  | 'settings.changed'
  | 'operator.granted'
  | 'operator.revoked'
  | 'invitation.sent'
  | 'member.suspended'
  | 'member.restored'
  | 'report.dismissed'

/** Writes one line of the audit log, in the transaction of the action it records. */
export async function recordOperatorAction(
  tx: Db,
  at: Date,
  entry: {
    actor: MemberId | null
    action: OperatorAction
    target: string | null
    detail: Record<string, unknown>
  },
): Promise<void> {
  await insertOperatorAction(tx, {
    id: newId(),
    actorId: entry.actor,
    action: entry.action,
    targetId: entry.target,
    detail: entry.detail,
    at,
  })
}

/** The audit log, newest first (operator only): who did what to whom, and when. */
export async function auditLog(
  ctx: ServiceContext,
  viewer: MemberId,
  limit: number,
): Promise<AuditEntry[]> {
  await requireOperator(ctx, viewer)
  const rows = await listOperatorActions(ctx.db, limit)
  const ids = rows.flatMap((r) => [r.actorId, r.targetId]).filter((id) => id !== null)
  const names = await summariesOf(ctx, [...new Set(ids)])
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actor: r.actorId === null ? null : (names.get(r.actorId) ?? null),
    actorId: r.actorId,
    target: r.targetId === null ? null : (names.get(r.targetId) ?? null),
    targetId: r.targetId,
    detail: r.detail,
    at: r.at.toISOString(),
  }))
}
