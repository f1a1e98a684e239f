import type { ListQuery } from '../../contracts/common.js'
import {
  conversationsOf,
  findConversation,
  isMemberOf,
  lastMessagesOf,
  markRead,
  memberIdsOf,
  memberIdsOfMany,
  messagesOf,
  unreadCounts,
} from '../../db/queries/messages.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { refusedEitherWay } from '../blocks/index.js'
import { decodeCursor, encodeCursor } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { postMessage } from './post-message.js'
import { areConnected } from './send-message.js'
import { conversationView, messageView, participantsOf } from './views.js'

function noSuchConversation() {
  return new AppError('not_found', 'No such conversation')
}

/** The conversation, if the viewer is in it; anyone else is told it does not exist. */
export async function conversationOfMember(db: ServiceContext['db'], id: string, viewer: string) {
  const row = await findConversation(db, id)
  if (row === null || !(await isMemberOf(db, id, viewer))) throw noSuchConversation()
  return row
}

/** The viewer's conversations, the newest message first, with unread counts and their total. */
export async function listConversations(ctx: ServiceContext, viewer: MemberId, query: ListQuery) {
  const after =
    query.cursor === undefined ? null : decodeCursor(query.cursor, { at: 'timestamp', id: 'text' })
  const rows = await conversationsOf(ctx.db, viewer, { limit: query.limit + 1, after })
  const shown = rows.slice(0, query.limit)
  const ids = shown.map((r) => r.id)
  // The counts over all the viewer's conversations hold those of the page too.
  const [members, lasts, unread] = await Promise.all([
    memberIdsOfMany(ctx.db, ids),
    lastMessagesOf(ctx.db, ids),
    unreadCounts(ctx.db, viewer),
  ])
  const people = await participantsOf(ctx, [...members.values()].flat())
  const items = shown.map((row) =>
    conversationView(
      row,
      viewer,
      members.get(row.id) ?? [],
      lasts.get(row.id),
      unread.get(row.id) ?? 0,
      people,
    ),
  )
  const unreadTotal = [...unread.values()].reduce((sum, n) => sum + n, 0)
  const last = shown.at(-1)
  return rows.length > query.limit && last !== undefined
    ? {
        items,
        unreadTotal,
        next: encodeCursor({ at: last.lastMessageAt.toISOString(), id: last.id }),
      }
    : { items, unreadTotal }
}

/** Messages from others the viewer has not read, over all their conversations. */
export async function unreadTotalOf(ctx: ServiceContext, viewer: string): Promise<number> {
  const counts = await unreadCounts(ctx.db, viewer)
  return [...counts.values()].reduce((sum, n) => sum + n, 0)
}

/** One conversation, as in the list. */
export async function getConversation(ctx: ServiceContext, viewer: MemberId, id: string) {
  const row = await conversationOfMember(ctx.db, id, viewer)
  const [memberIds, lasts, unread] = await Promise.all([
    memberIdsOf(ctx.db, id),
    lastMessagesOf(ctx.db, [id]),
    unreadCounts(ctx.db, viewer, [id]),
  ])
  const people = await participantsOf(ctx, memberIds)
  return conversationView(row, viewer, memberIds, lasts.get(id), unread.get(id) ?? 0, people)
}

/** A conversation's messages, newest first, for its members only. */
export async function listMessages(
  ctx: ServiceContext,
  viewer: MemberId,
  conversationId: string,
  query: ListQuery,
) {
  // A bad cursor is a 400 whoever asks, before anything about the conversation is told.
  const beforeSeq =
    query.cursor === undefined ? null : seqOf(decodeCursor(query.cursor, { seq: 'text' }).seq)
  await conversationOfMember(ctx.db, conversationId, viewer)
  const rows = await messagesOf(ctx.db, conversationId, { limit: query.limit + 1, beforeSeq })
  const shown = rows.slice(0, query.limit)
  const people = await participantsOf(
    ctx,
    shown.flatMap((r) => (r.senderId === null ? [] : [r.senderId])),
  )
  const items = shown.map((r) => messageView(r, viewer, people))
  const last = shown.at(-1)
  return rows.length > query.limit && last !== undefined
    ? { items, next: encodeCursor({ seq: String(last.seq) }) }
    : { items }
}

function seqOf(text: string): number {
  const n = Number(text)
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new AppError('validation', 'Invalid cursor', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    })
  }
  return n
}

/**
 * Whether the viewer may write in the conversation now: there must be someone left to read it; a
 * direct conversation needs the two to be connected still; one opened by answering a message
 * request stays open to both unless either blocked the other (docs/decisions/0034); an
 * introduction's is open to its members.
 */
export async function checkMayPost(
  db: ServiceContext['db'],
  conversationId: string,
  viewer: string,
): Promise<void> {
  const row = await conversationOfMember(db, conversationId, viewer)
  const others = (await memberIdsOf(db, conversationId)).filter((id) => id !== viewer)
  if (others.length === 0) {
    throw new AppError('rule_violation', 'Nobody is left in this conversation to read it')
  }
  if (row.origin === 'direct' && !(await areConnected(db, viewer, others[0] ?? ''))) {
    throw new AppError('rule_violation', 'Not connected: only connections can message each other')
  }
  if (row.origin === 'request' && (await refusedEitherWay(db, viewer, others[0] ?? ''))) {
    throw new AppError('rule_violation', 'This conversation is closed')
  }
}

/** A reply in a conversation the viewer is in. */
export async function replyInConversation(
  ctx: ServiceContext,
  viewer: MemberId,
  conversationId: string,
  body: string,
) {
  const at = ctx.clock()
  const row = await inTransaction(ctx, async (scope) => {
    await checkMayPost(scope.tx, conversationId, viewer)
    return await postMessage(scope, { conversationId, senderId: viewer, body, at })
  })
  return messageView(row, viewer, await participantsOf(ctx, [viewer]))
}

/** Marks the conversation read up to its newest message. */
export async function readConversation(ctx: ServiceContext, viewer: MemberId, id: string) {
  await inTransaction(ctx, async ({ tx, announce }) => {
    await conversationOfMember(tx, id, viewer)
    await markRead(tx, id, viewer)
    announce({ kind: 'conversation.read', conversation: id, member: viewer })
  })
}
