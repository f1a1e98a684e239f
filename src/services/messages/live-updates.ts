import type { Announcement } from '../../announcements/announcement.js'
import type { Message } from '../../contracts/messages.js'
import { findMessage } from '../../db/queries/messages.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { unreadTotalOf } from './conversations.js'
import { messageView, participantsOf } from './views.js'

/** What a member's open windows are told as it happens. */
export type LiveEvent =
  | { event: 'unread'; data: { unreadTotal: number } }
  | { event: 'message'; data: { message: Message; unreadTotal: number } }
  | { event: 'end'; data: { reason: 'erased' } }

/**
 * Follows one member's messages from the committed announcements (on PostgreSQL those of every
 * app process): a message posted in one of their conversations, or a read in another window,
 * is sent with their new unread total; the current total comes first. Returns the unsubscribe.
 * Only what the member may see is read, from the database, as of the announcement.
 */
export function followMessages(
  ctx: ServiceContext,
  member: MemberId,
  send: (event: LiveEvent) => void,
): () => void {
  let stopped = false
  // Events go out in the order the announcements came, whatever each lookup costs.
  let queue: Promise<void> = Promise.resolve()
  const enqueue = (work: () => Promise<LiveEvent | null>) => {
    queue = queue
      .then(work)
      .then((event) => {
        if (event !== null && !stopped) send(event)
      })
      .catch((err: unknown) => ctx.log.warn({ err }, 'a live update could not be prepared'))
  }
  enqueue(async () => ({
    event: 'unread',
    data: { unreadTotal: await unreadTotalOf(ctx, member) },
  }))
  const unsubscribe = ctx.announcements.subscribe((a: Announcement) => {
    if (a.kind === 'message.posted' && a.members.includes(member)) {
      enqueue(async () => await messageEvent(ctx, member, a.message))
    } else if (a.kind === 'conversation.read' && a.member === member) {
      enqueue(async () => ({
        event: 'unread',
        data: { unreadTotal: await unreadTotalOf(ctx, member) },
      }))
    } else if (a.kind === 'member.erased' && a.member === member) {
      enqueue(async () => ({ event: 'end', data: { reason: 'erased' } }))
    }
  })
  return () => {
    stopped = true
    unsubscribe()
  }
}

async function messageEvent(
  ctx: ServiceContext,
  member: MemberId,
  messageId: string,
): Promise<LiveEvent | null> {
  const row = await findMessage(ctx.db, messageId)
  if (row === null) return null
  const people = await participantsOf(ctx, row.senderId === null ? [] : [row.senderId])
  return {
    event: 'message',
    data: {
      message: messageView(row, member, people),
      unreadTotal: await unreadTotalOf(ctx, member),
    },
  }
}
