import type { SendMessage } from '../../contracts/messages.js'
import { findConnection } from '../../db/queries/connections.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { messageToNonConnection } from './message-request.js'
import { openConversation } from './open-conversation.js'
import { postMessage } from './post-message.js'
import { messageView, participantsOf } from './views.js'

/** Whether the two are connected now (a removed connection no longer is). */
export async function areConnected(db: ServiceContext['db'], a: string, b: string) {
  const row = await findConnection(db, a, b)
  return row !== null && row.removedAt === null
}

/**
 * `POST /api/messages`: to a connection, the message goes into the one conversation of the pair
 * (opened by the first message); to anyone else it is a message request.
 */
export async function sendMessage(ctx: ServiceContext, viewer: MemberId, input: SendMessage) {
  const at = ctx.clock()
  const row = await inTransaction(ctx, async (scope) => {
    if (input.to === viewer || !(await areConnected(scope.tx, viewer, input.to))) {
      return await messageToNonConnection(ctx, scope, viewer, input)
    }
    const conversation = await openConversation(scope.tx, [viewer, input.to], 'direct', at)
    return await postMessage(scope, {
      conversationId: conversation.id,
      senderId: viewer,
      body: input.body,
      at,
    })
  })
  const people = await participantsOf(ctx.db, [viewer])
  return messageView(row, viewer, people)
}
