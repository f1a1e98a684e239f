import type { SendOffer } from '../../contracts/messages.js'
import { findMessage, isMemberOf, updateMessage } from '../../db/queries/messages.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { recordPlatformInteraction } from '../relationships/index.js'
import { inTransaction } from '../transaction.js'
import { openConversation } from './open-conversation.js'
import { postMessage } from './post-message.js'
import { areConnected } from './send-message.js'
import { messageView, participantsOf } from './views.js'

const OFFER_WORDS = {
  introduction: 'an introduction',
  advice: 'advice',
  referral: 'a referral',
  reference: 'a reference',
} as const

/** "How can I help?": an offer to a connection, posted in the conversation the two share. */
export async function offerHelp(ctx: ServiceContext, viewer: MemberId, input: SendOffer) {
  const at = ctx.clock()
  const row = await inTransaction(ctx, async (scope) => {
    if (input.to === viewer || !(await areConnected(scope.tx, viewer, input.to))) {
      throw new AppError('rule_violation', 'Not connected: help is offered to connections')
    }
    const conversation = await openConversation(scope.tx, [viewer, input.to], 'direct', at)
    return await postMessage(scope, {
      conversationId: conversation.id,
      senderId: viewer,
      body: input.body,
      offerKind: input.kind,
      at,
    })
  })
  return messageView(row, viewer, await participantsOf(ctx, [viewer]))
}

/**
 * The other side takes up an offer: a give by the offerer in the reciprocity ledger of both (the
 * offerer gave, in their record; the accepter received, in theirs). Once only; never one's own.
 */
export async function acceptOffer(ctx: ServiceContext, viewer: MemberId, messageId: string) {
  const at = ctx.clock()
  const row = await inTransaction(ctx, async (scope) => {
    const found = await findMessage(scope.tx, messageId)
    if (found === null || !(await isMemberOf(scope.tx, found.conversationId, viewer))) {
      throw new AppError('not_found', 'No such message')
    }
    if (found.offerKind === null) throw new AppError('rule_violation', 'This message is no offer')
    if (found.senderId === viewer) {
      throw new AppError('rule_violation', 'An offer is accepted by the one it was made to')
    }
    if (found.senderId === null) {
      throw new AppError('rule_violation', 'Whoever made this offer has left Rapport')
    }
    if (found.offerAcceptedAt !== null) throw new AppError('conflict', 'Already accepted')
    const accepted = await updateMessage(scope.tx, found.id, { offerAcceptedAt: at })
    const note = `Offered ${OFFER_WORDS[found.offerKind]}, accepted`
    const dedupeKey = `offer:${found.id}`
    await recordPlatformInteraction(scope, found.senderId, viewer, {
      kind: 'favor_given',
      by: 'member',
      at,
      note,
      dedupeKey,
    })
    await recordPlatformInteraction(scope, viewer, found.senderId, {
      kind: 'favor_given',
      by: 'contact',
      at,
      note,
      dedupeKey,
    })
    return accepted
  })
  const people = await participantsOf(ctx, row.senderId === null ? [] : [row.senderId])
  return messageView(row, viewer, people)
}
