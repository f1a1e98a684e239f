import type { OfferKind } from '../../contracts/messages.js'
import { insertMessage, type MessageRow, markRead, memberIdsOf } from '../../db/queries/messages.js'
import { newId } from '../../ids.js'
import { recordPlatformInteraction } from '../relationships/index.js'
import type { TransactionScope } from '../transaction.js'

export interface NewMessage {
  conversationId: string
  senderId: string
  body: string
  at: Date
  offerKind?: OfferKind
}

/**
 * Posts a message inside the caller's transaction, which must already have checked that the
 * sender may write there. Every other member's record and the sender's record of each of them get
 * the message at once (sent on one side, received on the other), so responsiveness and the
 * 48-hour answer rate move with it; posting also marks the conversation read for the sender.
 * Announced after commit as `message.posted`.
 */
export async function postMessage(scope: TransactionScope, input: NewMessage): Promise<MessageRow> {
  const { tx } = scope
  const row = await insertMessage(tx, {
    id: newId(),
    conversationId: input.conversationId,
    senderId: input.senderId,
    kind: input.offerKind === undefined ? 'text' : 'offer',
    body: input.body,
    offerKind: input.offerKind ?? null,
    createdAt: input.at,
  })
  await markRead(tx, input.conversationId, input.senderId)
  const memberIds = await memberIdsOf(tx, input.conversationId)
  for (const other of memberIds) {
    if (other === input.senderId) continue
    await recordPlatformInteraction(scope, input.senderId, other, {
      kind: 'message_sent',
      at: input.at,
      dedupeKey: `message:${row.id}:to:${other}`,
    })
    await recordPlatformInteraction(scope, other, input.senderId, {
      kind: 'message_received',
      at: input.at,
      dedupeKey: `message:${row.id}`,
    })
  }
  scope.announce({
    kind: 'message.posted',
    conversation: input.conversationId,
    message: row.id,
    members: memberIds,
  })
  return row
}
