import type { ListQuery } from '../../contracts/common.js'
import type { Db } from '../../db/client.js'
import {
  findMessageRequest,
  type MessageRequestRow,
  openRequestsFor,
  requestsSentBy,
} from '../../db/queries/message-requests.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { hasRefused } from '../blocks/index.js'
import { offsetPage } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { REQUEST_WINDOW_MS } from './send-request.js'
import { toReceived, toSent } from './views.js'

/**
 * The recipient's open requests, best score first: an expired one (older than 30 days) is simply
 * no longer there, and one from a sender blocked since is hidden too.
 */
async function openTray(db: Db, recipient: MemberId, now: Date): Promise<MessageRequestRow[]> {
  const rows = await openRequestsFor(db, recipient, new Date(now.getTime() - REQUEST_WINDOW_MS))
  const refused = new Set<string>()
  for (const sender of new Set(rows.map((r) => r.senderId))) {
    if (await hasRefused(db, recipient, sender)) refused.add(sender)
  }
  return rows.filter((r) => !refused.has(r.senderId))
}

export async function listTray(ctx: ServiceContext, viewer: MemberId, query: ListQuery) {
  const rows = await openTray(ctx.db, viewer, ctx.clock())
  const page = offsetPage(rows, query)
  const senders = await summariesOf(
    ctx,
    page.items.map((r) => r.senderId),
  )
  const items = page.items.flatMap((row) => {
    const from = senders.get(row.senderId)
    return from === undefined ? [] : [toReceived(row, from, REQUEST_WINDOW_MS)]
  })
  return { ...page, items, total: rows.length }
}

export async function countTray(ctx: ServiceContext, viewer: MemberId) {
  return { open: (await openTray(ctx.db, viewer, ctx.clock())).length }
}

/** What the viewer sent, newest first, each only ever "delivered" or "answered". */
export async function listSent(ctx: ServiceContext, viewer: MemberId, query: ListQuery) {
  const offset = query.cursor === undefined ? 0 : Number(query.cursor)
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AppError('validation', 'Invalid cursor', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    })
  }
  const rows = await requestsSentBy(ctx.db, viewer, { limit: query.limit + 1, offset })
  const shown = rows.slice(0, query.limit)
  const recipients = await summariesOf(
    ctx,
    shown.map((r) => r.recipientId),
  )
  const items = shown.flatMap((row) => {
    const to = recipients.get(row.recipientId)
    return to === undefined ? [] : [toSent(row, to)]
  })
  return rows.length > query.limit ? { items, next: String(offset + query.limit) } : { items }
}

/** The open request, if the viewer is its recipient; to anyone else, or once closed, "not found". */
export async function openRequestFor(
  db: Db,
  viewer: MemberId,
  id: string,
  now: Date,
): Promise<MessageRequestRow> {
  const row = await findMessageRequest(db, id)
  if (
    row === null ||
    row.recipientId !== viewer ||
    row.silent ||
    row.answeredAt !== null ||
    row.dismissedAt !== null ||
    row.createdAt.getTime() <= now.getTime() - REQUEST_WINDOW_MS ||
    (await hasRefused(db, viewer, row.senderId))
  ) {
    throw new AppError('not_found', 'No such request')
  }
  return row
}
