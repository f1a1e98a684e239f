import type { MessageRequestPurpose, SentMessageRequest } from '../../contracts/message-requests.js'
import { findMemberById } from '../../db/queries/members.js'
import {
  countRequestsSince,
  insertMessageRequest,
  type MessageRequestRow,
} from '../../db/queries/message-requests.js'
import { triageMessage } from '../../domain/triage/triage-score.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { hasRefused } from '../blocks/index.js'
import { retryAfterSeconds } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { limitUnderStanding } from '../events/index.js'
import { instanceSettingsIn } from '../operator/index.js'
import type { TransactionScope } from '../transaction.js'
import { triageSignals } from './triage-signals.js'
import { sentView } from './views.js'

const DAY_MS = 24 * 3600_000
/** One request per recipient in this window; also how long an unanswered request stays in the tray. */
export const REQUEST_WINDOW_MS = 30 * DAY_MS

export interface NewRequest {
  to: string
  body: string
  purpose?: MessageRequestPurpose | undefined
}

/**
 * Sends a message request inside the caller's transaction. The limits are counted on every
 * request sent, delivered or not, and a refused sender's request is stored `silent` and never
 * delivered: the sender gets exactly the answer anyone else would.
 */
export async function sendMessageRequest(
  ctx: ServiceContext,
  scope: TransactionScope,
  sender: MemberId,
  input: NewRequest,
): Promise<SentMessageRequest> {
  const { tx } = scope
  if (input.to === sender)
    throw new AppError('rule_violation', 'You cannot send yourself a request')
  if ((await findMemberById(tx, input.to)) === null)
    throw new AppError('not_found', 'No such member')
  if (input.purpose === undefined) {
    throw new AppError(
      'validation',
      'A message to someone who is not a connection needs a purpose',
      {
        errors: [{ path: 'purpose', message: 'required for a message request' }],
      },
    )
  }
  const now = ctx.clock()
  const windowStart = new Date(now.getTime() - REQUEST_WINDOW_MS)
  const toThem = await countRequestsSince(tx, sender, windowStart, input.to)
  if (toThem.count > 0) {
    throw new AppError('rate_limited', 'You can send one request to this member every 30 days', {
      retryAfterSeconds: retryAfterSeconds(toThem.oldest, REQUEST_WINDOW_MS, now),
    })
  }
  // The operator's limit; upheld reports of soliciting at events lower it.
  const { messageRequestsPerDay } = await instanceSettingsIn(ctx, tx)
  const limit = await limitUnderStanding(tx, sender, messageRequestsPerDay, now)
  const today = await countRequestsSince(tx, sender, new Date(now.getTime() - DAY_MS))
  if (today.count >= limit) {
    throw new AppError('rate_limited', `You can send ${limit} message requests a day`, {
      retryAfterSeconds: retryAfterSeconds(today.oldest, DAY_MS, now),
    })
  }
  const triage = triageMessage(input.body, await triageSignals(ctx, tx, sender, input.to))
  const row: MessageRequestRow = await insertMessageRequest(tx, {
    id: newId(),
    senderId: sender,
    recipientId: input.to,
    purpose: input.purpose,
    body: input.body,
    score: triage.score,
    reasons: triage.reasons,
    silent: await hasRefused(tx, input.to, sender),
    createdAt: now,
  })
  return await sentView(tx, row)
}
