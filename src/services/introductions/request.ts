import type { CreateIntroduction } from '../../contracts/introductions.js'
import { findConnection, lockPair } from '../../db/queries/connections.js'
import {
  type IntroductionRow,
  insertIntroduction,
  openRequestBetween,
  openRequestsOf,
} from '../../db/queries/introductions.js'
import { findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { hasRefused, refusedEitherWay } from '../blocks/index.js'
import type { ServiceContext } from '../context.js'
import { limitUnderStanding } from '../events/index.js'
import { mayKnowTiesOf } from '../network/index.js'
import { instanceSettingsIn } from '../operator/index.js'
import { inTransaction } from '../transaction.js'
import { enforceIntroducerBar } from './bar.js'
import { scheduleExpiry } from './jobs.js'
import { INTRODUCTION_LIFETIME_MS, OPEN_PER_INTRODUCER } from './status.js'

async function connected(ctx: ServiceContext, a: string, b: string): Promise<boolean> {
  const row = await findConnection(ctx.db, a, b)
  return row !== null && row.removedAt === null
}

export interface ResumeFile {
  file: string
  name: string
  bytes: number
}

/**
 * Asks a connection to introduce the requester to one of theirs. Every rule is checked before
 * anything is stored: both ties exist, the introducer's visibility lets the requester know of the
 * second, the introducer's bar, and the limits on open requests. A request between members one of
 * whom refused the other is stored for the requester's view and never delivered.
 */
export async function requestIntroduction(
  ctx: ServiceContext,
  requester: MemberId,
  input: CreateIntroduction,
  kind: IntroductionRow['kind'] = 'introduction',
  resume: ResumeFile | null = null,
): Promise<IntroductionRow> {
  const { via, target } = input
  if (via === requester || target === requester || via === target) {
    throw new AppError('rule_violation', 'An introduction joins three different members')
  }
  if (!(await connected(ctx, requester, via))) {
    throw new AppError('rule_violation', 'You can only ask your own connections')
  }
  if (
    (await findMemberById(ctx.db, target)) === null ||
    !(await connected(ctx, via, target)) ||
    !(await mayKnowTiesOf(ctx, requester, via))
  ) {
    // One answer for "not connected" and "not yours to know": the second must not reveal the first.
    throw new AppError('rule_violation', 'This member cannot introduce you to that person')
  }
  if (await connected(ctx, requester, target)) {
    throw new AppError('rule_violation', 'You are already connected to that person')
  }
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const { tx } = scope
    // One requester's requests are counted one at a time, so two at once cannot pass a limit.
    await lockPair(tx, requester, 'introduction-requests')
    await enforceIntroducerBar(tx, via, requester)
    if ((await openRequestBetween(tx, requester, via, target, now)) !== null) {
      throw new AppError('conflict', 'You already asked for this introduction')
    }
    // The operator's limit; upheld reports of soliciting at events lower it.
    const { openIntroRequests } = await instanceSettingsIn(ctx, tx)
    const openLimit = await limitUnderStanding(tx, requester, openIntroRequests, now)
    await enforceLimit(
      await openRequestsOf(tx, requester, now),
      openLimit,
      `You can have ${openLimit} open introduction requests`,
      now,
    )
    await enforceLimit(
      await openRequestsOf(tx, requester, now, via),
      OPEN_PER_INTRODUCER,
      `You can have ${OPEN_PER_INTRODUCER} open requests through the same member`,
      now,
    )
    const silent =
      (await hasRefused(tx, via, requester)) || (await refusedEitherWay(tx, requester, target))
    const row = await insertIntroduction(tx, {
      id: newId(),
      kind,
      requesterId: requester,
      introducerId: via,
      targetId: target,
      valueForTarget: input.valueForTarget,
      valueForRequester: input.valueForRequester,
      status: 'requested',
      silent,
      resumeFile: resume?.file ?? null,
      resumeName: resume?.name ?? null,
      resumeBytes: resume?.bytes ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INTRODUCTION_LIFETIME_MS),
    })
    await scheduleExpiry(scope, row)
    return row
  })
}

async function enforceLimit(
  open: { count: number; firstExpiry: Date | null },
  limit: number,
  message: string,
  now: Date,
): Promise<void> {
  if (open.count < limit) return
  const until = open.firstExpiry ?? new Date(now.getTime() + INTRODUCTION_LIFETIME_MS)
  throw new AppError('rate_limited', message, {
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
  })
}
