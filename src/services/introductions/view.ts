import type { HowWeMet } from '../../contracts/connections.js'
import type { Introduction, IntroductionRole } from '../../contracts/introductions.js'
import type { Db } from '../../db/client.js'
import { findConnection } from '../../db/queries/connections.js'
import { memberContactOf } from '../../db/queries/contacts.js'
import {
  findIntroduction,
  type IntroductionRow,
  introductionsByRole,
} from '../../db/queries/introductions.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { getMemberProfile, summariesOf } from '../members/index.js'
import { roleOf, statusFor } from './status.js'

/** The introducer's own record of the requester: their score, how they met, when they last spoke. */
async function requesterRelationship(db: Db, row: IntroductionRow) {
  const contact = await memberContactOf(db, row.introducerId, row.requesterId)
  const connection = await findConnection(db, row.introducerId, row.requesterId)
  return {
    strength: contact?.strength ?? null,
    howWeMet: (connection?.howWeMet as HowWeMet | undefined) ?? null,
    lastContactAt: contact?.lastContactAt?.toISOString() ?? null,
  }
}

/** The request as the viewer in `role` may see it: each party sees what they need to decide. */
export async function introductionView(
  ctx: ServiceContext,
  viewer: MemberId,
  row: IntroductionRow,
  role: IntroductionRole,
): Promise<Introduction> {
  const now = ctx.clock()
  const summaries = await summariesOf(ctx, [row.requesterId, row.introducerId, row.targetId])
  const requester = summaries.get(row.requesterId)
  const introducer = summaries.get(row.introducerId)
  const target = summaries.get(row.targetId)
  if (requester === undefined || introducer === undefined || target === undefined) {
    throw new AppError('not_found', 'No such introduction')
  }
  const seesNote = role !== 'requester' || row.status === 'accepted'
  const declineReason =
    role === 'introducer'
      ? row.introducerDeclineReason
      : role === 'target'
        ? row.targetDeclineReason
        : null
  return {
    id: row.id,
    kind: row.kind,
    role,
    status: statusFor(row, role, now),
    requester,
    introducer,
    target,
    valueForTarget: row.valueForTarget,
    valueForRequester: row.valueForRequester,
    introducerNote: seesNote ? row.introducerNote : null,
    declineReason,
    requesterProfile:
      role === 'requester' ? null : await getMemberProfile(ctx, viewer, row.requesterId),
    targetProfile: role === 'introducer' ? await getMemberProfile(ctx, viewer, row.targetId) : null,
    requesterRelationship: role === 'introducer' ? await requesterRelationship(ctx.db, row) : null,
    resume:
      row.resumeFile !== null && row.resumeName !== null && row.resumeBytes !== null
        ? { name: row.resumeName, bytes: row.resumeBytes }
        : null,
    conversationId: row.conversationId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }
}

/** One request, for a party to it; to anyone else (the target before forwarding included) it does not exist. */
export async function getIntroduction(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
): Promise<Introduction> {
  const row = await findIntroduction(ctx.db, id)
  const role = row === null ? null : roleOf(row, viewer)
  if (row === null || role === null) throw new AppError('not_found', 'No such introduction')
  return await introductionView(ctx, viewer, row, role)
}

export async function listIntroductions(
  ctx: ServiceContext,
  viewer: MemberId,
  query: { role: IntroductionRole; limit: number; cursor?: string | undefined },
): Promise<{ items: Introduction[]; next?: string }> {
  const offset = query.cursor === undefined ? 0 : Number(query.cursor)
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new AppError('validation', 'Invalid cursor', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    })
  }
  const rows = await introductionsByRole(ctx.db, viewer, query.role, query.limit + 1, offset)
  const shown = rows.slice(0, query.limit)
  const items = []
  for (const row of shown) items.push(await introductionView(ctx, viewer, row, query.role))
  return rows.length > query.limit ? { items, next: String(offset + query.limit) } : { items }
}
