import type { Db } from '../../db/client.js'
import { deleteSession, findLiveSession, insertSession } from '../../db/queries/auth.js'
import type { MemberRow } from '../../db/queries/members.js'
import type { MemberId } from '../../ids.js'
import { hashSecret, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import type { CachedSession } from './credential-cache.js'
import { noteSessionUse } from './credential-use.js'

export const SESSION_TTL_MS = 30 * 24 * 3600_000
const SESSION_EXTEND_AFTER_MS = 24 * 3600_000
export interface SignedIn {
  member: MemberRow
  sessionToken: string
}

export async function openSession(ctx: ServiceContext, memberId: MemberId): Promise<string> {
  return await openSessionIn(ctx.db, memberId, ctx.clock())
}

/** Opens a session inside a transaction that writes something with it (a new account). */
export async function openSessionIn(db: Db, memberId: MemberId, now: Date): Promise<string> {
  const token = newSecret()
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await insertSession(db, { id: hashSecret(token), memberId, expiresAt })
  return token
}

/**
 * The member a session cookie belongs to, from the credential cache when it holds the session.
 * Sessions slide: one in use is extended (at most once a day, written with the other uses of
 * credentials, `credential-use.ts`) so that only 30 days without a visit sign a member out.
 */
export async function memberForSession(
  ctx: ServiceContext,
  token: string,
): Promise<MemberId | null> {
  const now = ctx.clock()
  const hash = hashSecret(token)
  const session = ctx.credentials.session(hash) ?? (await readSession(ctx, hash, now))
  if (session === null) return null
  if (session.expiresAt <= now) {
    ctx.credentials.dropSession(hash)
    return null
  }
  if (session.expiresAt.getTime() - now.getTime() < SESSION_TTL_MS - SESSION_EXTEND_AFTER_MS) {
    // The cached expiry slides with the note, so the next request does not note it again.
    session.expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
    noteSessionUse(ctx, session.id, session.expiresAt)
  }
  return session.memberId
}

async function readSession(
  ctx: ServiceContext,
  hash: string,
  now: Date,
): Promise<CachedSession | null> {
  const readAt = ctx.credentials.generation
  const row = await findLiveSession(ctx.db, hash, now)
  if (row === null) return null
  const session = { id: row.id, memberId: row.memberId as MemberId, expiresAt: row.expiresAt }
  ctx.credentials.keepSession(hash, session, readAt)
  return session
}

/** Ends the session, in every process of the instance at once. */
export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await inTransaction(ctx, async ({ tx, announce }) => {
    const memberId = await deleteSession(tx, hashSecret(token))
    if (memberId !== null) announce({ kind: 'credentials.ended', member: memberId })
  })
}
