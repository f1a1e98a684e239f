import type { CreateInvitation, HowWeMet, Invitation } from '../../contracts/connections.js'
import type { MemberSummary } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'
import type { ConnectionRow } from '../../db/queries/connections.js'
import {
  findConnection,
  insertConnection,
  lockPair,
  pairOf,
  updateConnection,
} from '../../db/queries/connections.js'
import {
  countDontKnowSince,
  countSentSince,
  findInvitation,
  type InvitationRow,
  insertInvitation,
  invitationsBetween,
  receivedInvitations,
  sentInvitations,
  updateInvitation,
} from '../../db/queries/invitations.js'
import { findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { hasRefused } from '../blocks/index.js'
import { decodeCursor, encodeCursor, retryAfterSeconds } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { instanceSettingsIn } from '../operator/index.js'
import { syncConnectionContacts } from '../relationships/index.js'
import { scheduleRescore } from '../scoring/index.js'
import { inTransaction, type TransactionScope } from '../transaction.js'

const DAY_MS = 24 * 3600_000
export const INVITATION_LIFETIME_MS = 180 * DAY_MS
export const WITHDRAWAL_COOLDOWN_MS = 21 * DAY_MS
const WEEK_MS = 7 * DAY_MS
const DONT_KNOW_WINDOW_MS = 90 * DAY_MS
const DONT_KNOW_THROTTLE_AFTER = 5
const THROTTLED_WEEKLY_LIMIT = 20

export type SendResult =
  | { kind: 'invited'; invitation: InvitationRow }
  | { kind: 'connected'; connection: ConnectionRow }

/** What the sender sees: an ignored or "don't know" answer stays `pending` until the invitation expires. */
export function statusForSender(row: InvitationRow, now: Date): Invitation['status'] {
  if (row.withdrawnAt !== null) return 'withdrawn'
  if (row.status === 'accepted') return 'accepted'
  return row.expiresAt <= now ? 'expired' : 'pending'
}

function isOpen(row: InvitationRow, now: Date): boolean {
  return row.withdrawnAt === null && row.status !== 'accepted' && row.expiresAt > now
}

/**
 * Sends an invitation, in one transaction under the pair's lock. A pending invitation the other
 * way is accepted instead (both said yes). The invitee's silent answers stay hidden: to someone
 * who answered "I don't know this person" the invitation is recorded but never delivered.
 */
export async function sendInvitation(
  ctx: ServiceContext,
  sender: MemberId,
  input: CreateInvitation,
): Promise<SendResult> {
  if (input.to === sender) throw new AppError('rule_violation', 'You cannot invite yourself')
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope): Promise<SendResult> => {
    const { tx } = scope
    if ((await findMemberById(tx, input.to)) === null)
      throw new AppError('not_found', 'No such member')
    await lockPair(tx, sender, input.to)
    const existing = await findConnection(tx, sender, input.to)
    if (existing !== null && existing.removedAt === null) {
      throw new AppError('conflict', 'You are already connected')
    }
    const theirs = (await invitationsBetween(tx, input.to, sender)).find(
      (row) => isOpen(row, now) && !row.silent,
    )
    if (theirs !== undefined) {
      return { kind: 'connected', connection: await connect(scope, theirs, now) }
    }
    const mine = await invitationsBetween(tx, sender, input.to)
    if (mine.some((row) => isOpen(row, now))) {
      throw new AppError('conflict', 'An invitation to this member is already pending')
    }
    const lastWithdrawal = mine.find((row) => row.withdrawnAt !== null)?.withdrawnAt ?? null
    if (
      lastWithdrawal !== null &&
      now.getTime() - lastWithdrawal.getTime() < WITHDRAWAL_COOLDOWN_MS
    ) {
      throw new AppError('rate_limited', 'You withdrew an invitation to this member recently', {
        retryAfterSeconds: retryAfterSeconds(lastWithdrawal, WITHDRAWAL_COOLDOWN_MS, now),
      })
    }
    await enforceWeeklyLimit(ctx, tx, sender, now)
    const invitation = await insertInvitation(tx, {
      id: newId(),
      fromId: sender,
      toId: input.to,
      note: input.note,
      howWeMet: input.howWeMet,
      // Refused senders' invitations are kept for their own view and never delivered.
      silent: await hasRefused(tx, input.to, sender),
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
    })
    return { kind: 'invited', invitation }
  })
}

/** The weekly limit, lowered for senders whom many invitees said they don't know. */
export async function weeklyInvitationLimit(
  ctx: ServiceContext,
  db: Db,
  sender: string,
  now: Date,
) {
  const dontKnows = await countDontKnowSince(
    db,
    sender,
    new Date(now.getTime() - DONT_KNOW_WINDOW_MS),
  )
  const { invitesPerWeek } = await instanceSettingsIn(ctx, db)
  return dontKnows >= DONT_KNOW_THROTTLE_AFTER
    ? Math.min(THROTTLED_WEEKLY_LIMIT, invitesPerWeek)
    : invitesPerWeek
}

async function enforceWeeklyLimit(ctx: ServiceContext, db: Db, sender: string, now: Date) {
  const limit = await weeklyInvitationLimit(ctx, db, sender, now)
  const sent = await countSentSince(db, sender, new Date(now.getTime() - WEEK_MS))
  if (sent.count >= limit) {
    throw new AppError('rate_limited', `You can send ${limit} invitations a week`, {
      retryAfterSeconds: retryAfterSeconds(sent.oldest, WEEK_MS, now),
    })
  }
}

/**
 * Turns an accepted invitation into a connection, reviving the pair's earlier connection if any:
 * each side gets a contact for the other, their scores are redone, and the graph is told.
 */
async function connect(
  scope: TransactionScope,
  invitation: InvitationRow,
  now: Date,
): Promise<ConnectionRow> {
  const db = scope.tx
  await updateInvitation(db, invitation.id, { status: 'accepted', answeredAt: now })
  const previous = await findConnection(db, invitation.fromId, invitation.toId)
  const fields = {
    howWeMet: invitation.howWeMet,
    invitationId: invitation.id,
    since: now,
    removedAt: null,
    removedBy: null,
  }
  const connection =
    previous !== null
      ? await updateConnection(db, previous.id, fields)
      : await insertConnection(db, {
          id: newId(),
          ...pairOf(invitation.fromId, invitation.toId),
          ...fields,
        })
  for (const owner of [connection.memberLo, connection.memberHi]) {
    await syncConnectionContacts(db, owner, now)
    await scheduleRescore(scope, owner, now)
  }
  scope.announce({ kind: 'connection.made', a: connection.memberLo, b: connection.memberHi })
  return connection
}

/** The invitation, if the caller is the one who may answer it; anything else is "not found". */
async function invitationFor(
  db: Db,
  id: string,
  invitee: MemberId,
  now: Date,
): Promise<InvitationRow> {
  const row = await findInvitation(db, id)
  if (row === null || row.toId !== invitee || row.silent || !isOpen(row, now)) {
    throw new AppError('not_found', 'No such invitation')
  }
  return row
}

/** Accepts an invitation; accepting one already accepted returns the same connection. */
export async function acceptInvitation(ctx: ServiceContext, invitee: MemberId, id: string) {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const { tx } = scope
    const row = await findInvitation(tx, id)
    if (row !== null && row.toId === invitee && row.status === 'accepted') {
      const connection = await findConnection(tx, row.fromId, row.toId)
      if (connection !== null && connection.removedAt === null) return connection
    }
    const invitation = await invitationFor(tx, id, invitee, now)
    await lockPair(tx, invitation.fromId, invitation.toId)
    return await connect(scope, invitation, now)
  })
}

/** Ignore or "I don't know this person": the invitation leaves the invitee's box; the sender is never told. */
export async function answerSilently(
  ctx: ServiceContext,
  invitee: MemberId,
  id: string,
  answer: 'ignored' | 'dont_know',
): Promise<void> {
  const now = ctx.clock()
  await ctx.db.transaction(async (tx) => {
    const row = await findInvitation(tx, id)
    // Answering twice is harmless: the second answer only replaces an `ignored` with `dont_know`.
    if (
      row !== null &&
      row.toId === invitee &&
      (row.status === 'ignored' || row.status === 'dont_know')
    ) {
      if (answer === 'dont_know')
        await updateInvitation(tx, id, { status: 'dont_know', answeredAt: now })
      return
    }
    const invitation = await invitationFor(tx, id, invitee, now)
    await updateInvitation(tx, invitation.id, { status: answer, answeredAt: now })
  })
}

export async function withdrawInvitation(
  ctx: ServiceContext,
  sender: MemberId,
  id: string,
): Promise<void> {
  const now = ctx.clock()
  const row = await findInvitation(ctx.db, id)
  if (row === null || row.fromId !== sender) throw new AppError('not_found', 'No such invitation')
  if (row.withdrawnAt !== null) return
  if (!isOpen(row, now)) throw new AppError('conflict', 'This invitation is no longer pending')
  await updateInvitation(ctx.db, id, { withdrawnAt: now })
}

export async function listInvitations(
  ctx: ServiceContext,
  viewer: MemberId,
  query: { box: 'received' | 'sent'; limit: number; cursor?: string | undefined },
) {
  const now = ctx.clock()
  const after =
    query.cursor === undefined
      ? null
      : decodeCursor(query.cursor, { createdAt: 'timestamp', id: 'text' })
  const page = { limit: query.limit + 1, after }
  const rows =
    query.box === 'received'
      ? await receivedInvitations(ctx.db, viewer, now, page)
      : await sentInvitations(ctx.db, viewer, page)
  const shown = rows.slice(0, query.limit)
  const summaries = await summariesOf(
    ctx,
    shown.flatMap((r) => [r.fromId, r.toId]),
  )
  const lions = query.box === 'received' ? ctx.network.lions() : null
  const items = shown.flatMap((row) => {
    const status = query.box === 'received' ? 'pending' : statusForSender(row, now)
    const lion = lions?.get(row.fromId)
    const label = lion === undefined ? null : { score: lion.score, reasons: lion.reasons }
    const view = toInvitation(row, summaries, status, label)
    return view === null ? [] : [view]
  })
  const last = shown.at(-1)
  return rows.length > query.limit && last !== undefined
    ? { items, next: encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) }
    : { items }
}

function toInvitation(
  row: InvitationRow,
  summaries: Map<string, MemberSummary>,
  status: Invitation['status'],
  senderOpenNetworker: Invitation['senderOpenNetworker'] = null,
): Invitation | null {
  const fromMember = summaries.get(row.fromId)
  const toMember = summaries.get(row.toId)
  if (fromMember === undefined || toMember === undefined) return null
  return {
    id: row.id,
    from: row.fromId,
    to: row.toId,
    fromMember,
    toMember,
    note: row.note,
    howWeMet: row.howWeMet as HowWeMet,
    status,
    createdAt: row.createdAt.toISOString(),
    senderOpenNetworker,
  }
}

/** One invitation as its sender sees it. */
export async function invitationView(ctx: ServiceContext, row: InvitationRow): Promise<Invitation> {
  const summaries = await summariesOf(ctx, [row.fromId, row.toId])
  const view = toInvitation(row, summaries, statusForSender(row, ctx.clock()))
  if (view === null) throw new AppError('not_found', 'No such member')
  return view
}
