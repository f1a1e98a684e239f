import type { IntroductionRole } from '../../contracts/introductions.js'
import {
  type IntroductionRow,
  lockIntroduction,
  updateIntroduction,
} from '../../db/queries/introductions.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { openConversation, postMessage } from '../messages/index.js'
import { recordPlatformInteraction } from '../relationships/index.js'
import { inTransaction, type TransactionScope } from '../transaction.js'
import { scheduleExpiry, scheduleOutcomeQuestion } from './jobs.js'
import { INTRODUCTION_LIFETIME_MS, isOpen, roleOf } from './status.js'

/**
 * The request locked for a decision by the viewer in `role`. Someone the request was never
 * delivered to gets "not found"; another party to it is not allowed; a request no longer waiting
 * for this decision is a conflict.
 */
async function requestAwaiting(
  scope: TransactionScope,
  viewer: MemberId,
  id: string,
  role: IntroductionRole,
  status: IntroductionRow['status'],
  now: Date,
): Promise<IntroductionRow> {
  const row = await lockIntroduction(scope.tx, id)
  const viewerRole = row === null ? null : roleOf(row, viewer)
  if (row === null || viewerRole === null) throw new AppError('not_found', 'No such introduction')
  if (viewerRole !== role) throw new AppError('forbidden', `Only the ${role} decides this`)
  if (row.status !== status || !isOpen(row, now)) {
    throw new AppError('conflict', 'This introduction is no longer waiting for you')
  }
  return row
}

/** The introducer vouches: the request goes on to the target with the introducer's note. */
export async function forwardIntroduction(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  note: string,
): Promise<IntroductionRow> {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    await requestAwaiting(scope, viewer, id, 'introducer', 'requested', now)
    // The target gets the same fourteen days to decide as the introducer had.
    const row = await updateIntroduction(scope.tx, id, {
      status: 'forwarded',
      introducerNote: note,
      forwardedAt: now,
      expiresAt: new Date(now.getTime() + INTRODUCTION_LIFETIME_MS),
    })
    await scheduleExpiry(scope, row)
    return row
  })
}

/**
 * The introducer or the target declines. The requester learns only "not this time"; the reason,
 * if any, stays with whoever declined.
 */
export async function declineIntroduction(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  reason: string | null,
): Promise<IntroductionRow> {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const found = await lockIntroduction(scope.tx, id)
    const role = found === null ? null : roleOf(found, viewer)
    if (role === 'introducer') {
      await requestAwaiting(scope, viewer, id, 'introducer', 'requested', now)
      return await updateIntroduction(scope.tx, id, {
        status: 'declined_by_introducer',
        introducerDeclineReason: reason,
        decidedAt: now,
      })
    }
    await requestAwaiting(scope, viewer, id, 'target', 'forwarded', now)
    return await updateIntroduction(scope.tx, id, {
      status: 'declined_by_target',
      targetDeclineReason: reason,
      decidedAt: now,
    })
  })
}

/**
 * The target accepts: the three-way conversation opens with the introducer's note, the
 * introduction is recorded in all three timelines (a give by the
 * introducer to each of the two, received by each), their scores are redone, and the two are
 * asked in thirty days what it led to.
 */
export async function acceptIntroduction(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
): Promise<IntroductionRow> {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const found = await requestAwaiting(scope, viewer, id, 'target', 'forwarded', now)
    // The three talk at once, and the introducer's reason for vouching opens the conversation.
    const conversation = await openConversation(
      scope.tx,
      [found.requesterId, found.introducerId, found.targetId],
      'introduction',
      now,
    )
    await postMessage(scope, {
      conversationId: conversation.id,
      senderId: found.introducerId,
      body: found.introducerNote ?? '',
      at: now,
    })
    const row = await updateIntroduction(scope.tx, found.id, {
      status: 'accepted',
      decidedAt: now,
      conversationId: conversation.id,
    })
    const key = `introduction:${row.id}`
    for (const other of [row.requesterId, row.targetId]) {
      // A referral is the introducer's give to the seeker; to the one hiring it is an introduction.
      const given = row.kind === 'referral' && other === row.requesterId ? 'referral' : 'intro_made'
      await recordPlatformInteraction(scope, row.introducerId, other, {
        kind: given,
        at: now,
        by: 'member',
        intent: 'offer',
        dedupeKey: `${key}:${other}`,
      })
      await recordPlatformInteraction(scope, other, row.introducerId, {
        kind: 'intro_received',
        at: now,
        by: 'contact',
        dedupeKey: key,
      })
    }
    await scheduleOutcomeQuestion(scope, row, now)
    return row
  })
}
