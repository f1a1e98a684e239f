import type { Connection, HowWeMet } from '../../contracts/connections.js'
import type { MemberSummary } from '../../contracts/profile.js'
import {
  type ConnectionRow,
  findConnection,
  lockPair,
  otherEnd,
  removedConnectionsBy,
  updateConnection,
} from '../../db/queries/connections.js'
import type { MemberRow } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { decodeCursor, encodeCursor } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { inTransaction } from '../transaction.js'

export const UNDO_WINDOW_MS = 30 * 24 * 3600_000

/** A connection as one of its two members sees it. */
export function connectionView(row: ConnectionRow, other: MemberSummary): Connection {
  return {
    member: other,
    since: row.since.toISOString(),
    howWeMet: row.howWeMet as HowWeMet,
    strength: null,
  }
}

export async function connectionFor(ctx: ServiceContext, viewer: MemberId, row: ConnectionRow) {
  const otherId = otherEnd(row, viewer)
  const other = (await summariesOf(ctx, [otherId])).get(otherId)
  if (other === undefined) throw new AppError('not_found', 'No such member')
  return connectionView(row, other)
}

async function views(
  ctx: ServiceContext,
  rows: { connection: ConnectionRow; member: MemberRow }[],
) {
  const summaries = await summariesOf(
    ctx,
    rows.map((r) => r.member.id),
  )
  return rows.map((r) => {
    const summary = summaries.get(r.member.id)
    // The member row was just read with the connection; only an erasure since then removes it.
    if (summary === undefined) throw new AppError('not_found', 'No such member')
    return { row: r.connection, view: connectionView(r.connection, summary) }
  })
}

/**
 * The caller's own connections by name (lowercased, then id), filtered by `q` (part of the name,
 * any case): from the caller's connection list and the member directory, so no statement runs
 * when both are warm.
 */
export async function listConnections(
  ctx: ServiceContext,
  viewer: MemberId,
  query: { q: string; limit: number; cursor?: string | undefined },
) {
  const after =
    query.cursor === undefined ? null : decodeCursor(query.cursor, { name: 'text', id: 'text' })
  const rows = await ctx.connectionLists.of(ctx.db, viewer)
  const summaries = await summariesOf(
    ctx,
    rows.map((row) => otherEnd(row, viewer)),
  )
  const needle = query.q.toLowerCase()
  const matching = rows
    .flatMap((row) => {
      // A member erased since the list was read has no summary: they are no longer connected.
      const other = summaries.get(otherEnd(row, viewer))
      if (other === undefined) return []
      const name = other.name.toLowerCase()
      return name.includes(needle) ? [{ row, other, key: { name, id: other.id } }] : []
    })
    .filter(({ key }) => after === null || comesAfter(key, after))
    .sort((x, y) => (comesAfter(x.key, y.key) ? 1 : -1))
  const shown = matching.slice(0, query.limit)
  const items = shown.map(({ row, other }) => connectionView(row, other))
  const last = shown.at(-1)
  return matching.length > query.limit && last !== undefined
    ? { items, next: encodeCursor(last.key) }
    : { items }
}

/** The order of the connection list and its cursor: lowercased name, then id, as code units. */
function comesAfter(x: { name: string; id: string }, y: { name: string; id: string }): boolean {
  return x.name > y.name || (x.name === y.name && x.id > y.id)
}

/**
 * Removes a connection quietly: the other member is not told, and nothing but the link itself is
 * touched, so that `restoreConnection` brings back how they met and since when within 30 days.
 */
export async function removeConnection(ctx: ServiceContext, viewer: MemberId, otherId: string) {
  const now = ctx.clock()
  await inTransaction(ctx, async ({ tx, announce }) => {
    await lockPair(tx, viewer, otherId)
    const row = await findConnection(tx, viewer, otherId)
    if (row === null || row.removedAt !== null) throw new AppError('not_found', 'Not connected')
    await updateConnection(tx, row.id, { removedAt: now, removedBy: viewer })
    announce({ kind: 'connection.removed', a: row.memberLo, b: row.memberHi })
  })
  return { undoUntil: new Date(now.getTime() + UNDO_WINDOW_MS).toISOString() }
}

/** Undoes the caller's own removal within 30 days. */
export async function restoreConnection(ctx: ServiceContext, viewer: MemberId, otherId: string) {
  const now = ctx.clock()
  const row = await inTransaction(ctx, async ({ tx, announce }) => {
    await lockPair(tx, viewer, otherId)
    const found = await findConnection(tx, viewer, otherId)
    if (found === null || found.removedAt === null || found.removedBy !== viewer) {
      throw new AppError('not_found', 'No removed connection to restore')
    }
    if (now.getTime() - found.removedAt.getTime() > UNDO_WINDOW_MS) {
      throw new AppError('conflict', 'The 30 days to undo this removal have passed')
    }
    const restored = await updateConnection(tx, found.id, { removedAt: null, removedBy: null })
    announce({ kind: 'connection.made', a: restored.memberLo, b: restored.memberHi })
    return restored
  })
  return await connectionFor(ctx, viewer, row)
}

/** Connections the caller removed in the last 30 days, with the time each can still be restored. */
export async function recentlyRemoved(ctx: ServiceContext, viewer: MemberId) {
  const now = ctx.clock()
  const rows = await removedConnectionsBy(ctx.db, viewer, new Date(now.getTime() - UNDO_WINDOW_MS))
  return (await views(ctx, rows)).map(({ row, view }) => {
    const removedAt = row.removedAt ?? now
    return {
      ...view,
      removedAt: removedAt.toISOString(),
      undoUntil: new Date(removedAt.getTime() + UNDO_WINDOW_MS).toISOString(),
    }
  })
}
