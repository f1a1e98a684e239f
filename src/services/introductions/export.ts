import { findOutcome, introductionsOfMember } from '../../db/queries/introductions.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { roleOf, statusFor } from './status.js'

/**
 * The member's introductions for their export, each as their part in it lets them see it: the
 * status in their words, their own note or decline reason, and what they said it led to. A request
 * never delivered to them is not theirs to know of, so it is left out.
 */
export async function introductionsForExport(ctx: ServiceContext, viewer: MemberId) {
  const now = ctx.clock()
  const items = []
  for (const row of await introductionsOfMember(ctx.db, viewer)) {
    const role = roleOf(row, viewer)
    if (role === null) continue
    const outcome = role === 'introducer' ? null : await findOutcome(ctx.db, row.id, viewer)
    items.push({
      id: row.id,
      kind: row.kind,
      role,
      status: statusFor(row, role, now),
      requester: row.requesterId,
      introducer: row.introducerId,
      target: row.targetId,
      valueForTarget: row.valueForTarget,
      valueForRequester: row.valueForRequester,
      introducerNote: role !== 'requester' || row.status === 'accepted' ? row.introducerNote : null,
      declineReason:
        role === 'introducer'
          ? row.introducerDeclineReason
          : role === 'target'
            ? row.targetDeclineReason
            : null,
      resumeName: row.resumeName,
      conversationId: row.conversationId,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      outcome:
        outcome?.answeredAt == null
          ? null
          : { kind: outcome.kind, note: outcome.note, at: outcome.answeredAt },
    })
  }
  return items
}
