import type { IntroductionRole } from '../../contracts/introductions.js'
import type { Db } from '../../db/client.js'
import {
  type IntroductionRow,
  lockIntroduction,
  updateIntroduction,
} from '../../db/queries/introductions.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { refusedEitherWay } from '../blocks/index.js'
import type { ServiceContext } from '../context.js'
import { openConversation, postMessage } from '../messages/index.js'
import { recordPlatformInteraction } from '../relationships/index.js'
import { inTransaction, type TransactionScope } from '../transaction.js'
import { scheduleExpiry, scheduleOutcomeQuestion } from './jobs.js'
import { discardResumes, NO_RESUME } from './resume-files.js'
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

/**
 * Whether any of the three refused another since the request was asked (a block, or "I don't know
 * this person"): such a request goes no further, and nobody is told why (docs/decisions/0083).
 */
async function refusedAmong(db: Db, row: IntroductionRow): Promise<boolean> {
  const { requesterId: a, introducerId: b, targetId: c } = row
  return (
    (await refusedEitherWay(db, a, b)) ||
    (await refusedEitherWay(db, a, c)) ||
    (await refusedEitherWay(db, b, c))
  )
}

/**
 * The introducer vouches: the request goes on to the target with the introducer's note. If one
 * of the three has refused another since it was asked, it is withheld: the introducer and the
 * requester see it forwarded, the target never receives it (`forwardedAt` stays empty, and that
 * is what delivers a request to its target), and it expires as one nobody answered.
 */
export async function forwardIntroduction(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  note: string,
): Promise<IntroductionRow> {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const found = await requestAwaiting(scope, viewer, id, 'introducer', 'requested', now)
    const withheld = await refusedAmong(scope.tx, found)
    // The target gets the same fourteen days to decide as the introducer had.
    const row = await updateIntroduction(scope.tx, id, {
      status: 'forwarded',
      introducerNote: note,
      forwardedAt: withheld ? null : now,
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
  const { row, resumeFile } = await inTransaction(ctx, async (scope) => {
    const found = await lockIntroduction(scope.tx, id)
    const role = found === null ? null : roleOf(found, viewer)
    // A declined referral's résumé has no one left to reach, so it goes (docs/decisions/0084).
    if (role === 'introducer') {
      const open = await requestAwaiting(scope, viewer, id, 'introducer', 'requested', now)
      const row = await updateIntroduction(scope.tx, id, {
        status: 'declined_by_introducer',
        introducerDeclineReason: reason,
        decidedAt: now,
        ...NO_RESUME,
      })
      return { row, resumeFile: open.resumeFile }
    }
    const open = await requestAwaiting(scope, viewer, id, 'target', 'forwarded', now)
    const row = await updateIntroduction(scope.tx, id, {
      status: 'declined_by_target',
      targetDeclineReason: reason,
      decidedAt: now,
      ...NO_RESUME,
    })
    return { row, resumeFile: open.resumeFile }
  })
  await discardResumes(ctx, [resumeFile])
  return row
}

/**
 * Stops a request the target would accept when one of the three has refused another since it
 * was forwarded: it ends as expired, which is all anyone learns.
 */
async function stopRefused(db: Db, row: IntroductionRow, now: Date) {
  await updateIntroduction(db, row.id, { status: 'expired', decidedAt: now, ...NO_RESUME })
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
  const made = await inTransaction(ctx, async (scope) => {
    const found = await requestAwaiting(scope, viewer, id, 'target', 'forwarded', now)
    if (await refusedAmong(scope.tx, found)) {
      await stopRefused(scope.tx, found, now)
      return { row: null, stopped: found }
    }
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
    return { row, stopped: null }
  })
  if (made.row === null) {
    await discardResumes(ctx, [made.stopped?.resumeFile ?? null])
    throw new AppError('conflict', 'This introduction is no longer waiting for you')
  }
  return made.row
}
