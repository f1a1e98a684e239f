import {
  accessTokensOf,
  deleteAccessToken,
  findAccessTokenByHash,
  insertAccessToken,
  touchAccessToken,
} from '../../db/queries/auth.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { hashSecret, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'

const TOKEN_PREFIX = 'rpt_'
const TOUCH_EVERY_MS = 60_000

/** Creates a personal access token; the secret is returned once and only its hash is kept. */
export async function createAccessToken(ctx: ServiceContext, memberId: MemberId, name: string) {
  const token = newSecret(TOKEN_PREFIX)
  const row = await insertAccessToken(ctx.db, {
    id: newId(),
    memberId,
    name,
    tokenHash: hashSecret(token),
    createdAt: ctx.clock(),
  })
  return { token, id: row.id, name: row.name, createdAt: row.createdAt.toISOString() }
}

export async function memberForAccessToken(
  ctx: ServiceContext,
  token: string,
): Promise<MemberId | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null
  const row = await findAccessTokenByHash(ctx.db, hashSecret(token))
  if (row === null) return null
  // A write on every request would serialise a script's requests on the embedded database;
  // "last used" to the minute is all anyone reads.
  const now = ctx.clock()
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await touchAccessToken(ctx.db, row.id, now)
  }
  return row.memberId as MemberId
}

export async function listAccessTokens(ctx: ServiceContext, memberId: MemberId) {
  const rows = await accessTokensOf(ctx.db, memberId)
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }))
}

export async function revokeAccessToken(ctx: ServiceContext, memberId: MemberId, id: string) {
  if (!(await deleteAccessToken(ctx.db, memberId, id))) {
    throw new AppError('not_found', 'No such token')
  }
}
