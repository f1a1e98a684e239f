import type { CreateToken } from '../../contracts/accounts.js'
import {
  accessTokensOf,
  deleteAccessToken,
  findLiveAccessToken,
  insertAccessToken,
} from '../../db/queries/auth.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { hashSecret, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import type { CachedToken } from './credential-cache.js'
import { noteTokenUse } from './credential-use.js'

const TOKEN_PREFIX = 'rpt_'
const TOUCH_EVERY_MS = 60_000

/** The access token a request was signed in with. */
export interface BearerCredential {
  memberId: MemberId
  tokenId: string
  expiresAt: Date | null
}

/**
 * Creates a personal access token; the secret is returned once and only its hash is kept. A request
 * signed in with a token cannot make one that outlives it: that would turn a short-lived token
 * into a lasting one.
 */
export async function createAccessToken(
  ctx: ServiceContext,
  memberId: MemberId,
  input: CreateToken,
  parent: BearerCredential | null,
) {
  const now = ctx.clock()
  const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt)
  if (expiresAt !== null && expiresAt <= now) {
    throw new AppError('rule_violation', 'A token must expire in the future', {
      errors: [{ path: 'expiresAt', message: 'in the past' }],
    })
  }
  if (parent?.expiresAt != null && (expiresAt === null || expiresAt > parent.expiresAt)) {
    throw new AppError(
      'rule_violation',
      `A token cannot outlive the token that creates it, which expires at ${parent.expiresAt.toISOString()}`,
      { errors: [{ path: 'expiresAt', message: 'after the expiry of the token in use' }] },
    )
  }
  const token = newSecret(TOKEN_PREFIX)
  const row = await insertAccessToken(ctx.db, {
    id: newId(),
    memberId,
    name: input.name,
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt,
  })
  return {
    token,
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
  }
}

/**
 * The credential a bearer token stands for, or null when it is unknown, revoked or expired; from
 * the credential cache when it holds the token.
 */
export async function credentialForAccessToken(
  ctx: ServiceContext,
  token: string,
): Promise<BearerCredential | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null
  const now = ctx.clock()
  const hash = hashSecret(token)
  const cached = ctx.credentials.token(hash) ?? (await readToken(ctx, hash, now))
  if (cached === null) return null
  if (cached.expiresAt !== null && cached.expiresAt <= now) {
    ctx.credentials.dropToken(hash)
    return null
  }
  // "Last used" to the minute is all anyone reads; it is written with the other credential uses.
  if (cached.lastUsedAt === null || now.getTime() - cached.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    cached.lastUsedAt = now
    noteTokenUse(ctx, cached.id, now)
  }
  return { memberId: cached.memberId, tokenId: cached.id, expiresAt: cached.expiresAt }
}

async function readToken(
  ctx: ServiceContext,
  hash: string,
  now: Date,
): Promise<CachedToken | null> {
  const readAt = ctx.credentials.generation
  const row = await findLiveAccessToken(ctx.db, hash, now)
  if (row === null) return null
  const token = {
    id: row.id,
    memberId: row.memberId as MemberId,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
  }
  ctx.credentials.keepToken(hash, token, readAt)
  return token
}

export async function listAccessTokens(ctx: ServiceContext, memberId: MemberId) {
  const rows = await accessTokensOf(ctx.db, memberId)
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
  }))
}

/** Ends the token, in every process of the instance at once. */
export async function revokeAccessToken(ctx: ServiceContext, memberId: MemberId, id: string) {
  await inTransaction(ctx, async ({ tx, announce }) => {
    if (!(await deleteAccessToken(tx, memberId, id))) {
      throw new AppError('not_found', 'No such token')
    }
    announce({ kind: 'credentials.ended', member: memberId })
  })
}
