import type { WarmPathView } from '../../contracts/paths.js'
import { updateMessageRequest } from '../../db/queries/message-requests.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { blockMember } from '../blocks/index.js'
import type { ServiceContext } from '../context.js'
import { openConversation, postMessage } from '../messages/index.js'
import { pathsToMember } from '../network/index.js'
import { inTransaction } from '../transaction.js'
import { openRequestFor } from './tray.js'

/**
 * Replies to a request: one transaction opens the pair's conversation, posts the request as the
 * sender's first message (at the time it was sent, so responsiveness reads the real delay) and
 * the reply after it, and marks the request answered — the one state its sender learns.
 */
export async function replyToRequest(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  body: string,
): Promise<{ conversationId: string }> {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const row = await openRequestFor(scope.tx, viewer, id, now)
    const conversation = await openConversation(scope.tx, [row.senderId, viewer], 'request', now)
    await postMessage(scope, {
      conversationId: conversation.id,
      senderId: row.senderId,
      body: row.body,
      at: row.createdAt,
    })
    await postMessage(scope, { conversationId: conversation.id, senderId: viewer, body, at: now })
    await updateMessageRequest(scope.tx, row.id, {
      answeredAt: now,
      conversationId: conversation.id,
    })
    return { conversationId: conversation.id }
  })
}

/** Dismisses a request: it leaves the tray; its sender still reads "delivered". */
export async function dismissRequest(ctx: ServiceContext, viewer: MemberId, id: string) {
  const now = ctx.clock()
  await inTransaction(ctx, async ({ tx }) => {
    const row = await openRequestFor(tx, viewer, id, now)
    await updateMessageRequest(tx, row.id, { dismissedAt: now })
  })
}

/** Blocks the sender of a request (who is not told) and dismisses it. */
export async function blockRequestSender(ctx: ServiceContext, viewer: MemberId, id: string) {
  const now = ctx.clock()
  const row = await openRequestFor(ctx.db, viewer, id, now)
  await blockMember(ctx, viewer, row.senderId)
  await updateMessageRequest(ctx.db, row.id, { dismissedAt: now })
}

/**
 * "Ask for an introduction through someone we both know": the warm paths from the recipient to
 * the sender, for the introductions flow to start from; the request stays open
 * (docs/decisions/0030). No warm path is a 422, so the UI offers the action only when it works.
 */
export async function warmPathsForRequest(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
): Promise<{ paths: WarmPathView[] }> {
  const row = await openRequestFor(ctx.db, viewer, id, ctx.clock())
  const { paths } = await pathsToMember(ctx, viewer, row.senderId, 3)
  const warm = paths.filter((p) => p.hops >= 2)
  if (warm.length === 0) {
    throw new AppError('rule_violation', 'There is no one you both know to introduce you')
  }
  return { paths: warm }
}
