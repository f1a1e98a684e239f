import type { SentMessageRequest } from '../../contracts/message-requests.js'
import type { Message, SendMessage } from '../../contracts/messages.js'
import { findConnection } from '../../db/queries/connections.js'
import {
  type ConversationRow,
  findConversationByPair,
  type MessageRow,
  pairKeyOf,
} from '../../db/queries/messages.js'
import type { MemberId } from '../../ids.js'
import { refusedEitherWay } from '../blocks/index.js'
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
 * Whether the pair's conversation was opened by answering a message request and neither has
 * blocked the other since: it stays open to both without a connection (docs/decisions/0034).
 */
async function isAnsweredRequest(
  db: ServiceContext['db'],
  conversation: ConversationRow | null,
  a: string,
  b: string,
) {
  return conversation?.origin === 'request' && !(await refusedEitherWay(db, a, b))
}

/**
 * `POST /api/messages`: to a connection, the message goes into the one conversation of the pair
 * (opened by the first message); to anyone else it is a message request.
 */
export async function sendMessage(
  ctx: ServiceContext,
  viewer: MemberId,
  input: SendMessage,
): Promise<{ message: Message } | { request: SentMessageRequest }> {
  const at = ctx.clock()
  // @NOTE The graph is built outside the transaction: building it reads the database, which on
  // the embedded database would wait for this very transaction. A request's triage reads it.
  await ctx.network.get()
  const sent = await inTransaction(
    ctx,
    async (scope): Promise<{ request: SentMessageRequest } | { row: MessageRow }> => {
      const pair =
        input.to === viewer
          ? null
          : await findConversationByPair(scope.tx, pairKeyOf(viewer, input.to))
      if (
        !(await isAnsweredRequest(scope.tx, pair, viewer, input.to)) &&
        (input.to === viewer || !(await areConnected(scope.tx, viewer, input.to)))
      ) {
        return { request: await messageToNonConnection(ctx, scope, viewer, input) }
      }
      // A pair has one conversation: the one found, or the first message opens it.
      const conversation =
        pair ?? (await openConversation(scope.tx, [viewer, input.to], 'direct', at))
      const row = await postMessage(scope, {
        conversationId: conversation.id,
        senderId: viewer,
        body: input.body,
        at,
      })
      return { row }
    },
  )
  if ('request' in sent) return sent
  const people = await participantsOf(ctx, [viewer])
  return { message: messageView(sent.row, viewer, people) }
}
