import { deleteSession, findLiveSession, insertSession } from '../../db/queries/auth.js'
import type { MemberRow } from '../../db/queries/members.js'
import type { MemberId } from '../../ids.js'
import { hashSecret, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { noteSessionUse } from './credential-use.js'

export const SESSION_TTL_MS = 30 * 24 * 3600_000
const SESSION_EXTEND_AFTER_MS = 24 * 3600_000
export interface SignedIn {
  member: MemberRow
  sessionToken: string
}

export async function openSession(ctx: ServiceContext, memberId: MemberId): Promise<string> {
  const token = newSecret()
  const expiresAt = new Date(ctx.clock().getTime() + SESSION_TTL_MS)
  await insertSession(ctx.db, { id: hashSecret(token), memberId, expiresAt })
  return token
}

/**
 * The member a session cookie belongs to. Sessions slide: one in use is extended (at most once a day,
 * written with the other uses of credentials, `credential-use.ts`) so that only 30 days without a
 * visit sign a member out.
 */
export async function memberForSession(
  ctx: ServiceContext,
  token: string,
): Promise<MemberId | null> {
  const now = ctx.clock()
  const session = await findLiveSession(ctx.db, hashSecret(token), now)
  if (session === null) return null
  if (session.expiresAt.getTime() - now.getTime() < SESSION_TTL_MS - SESSION_EXTEND_AFTER_MS) {
    noteSessionUse(ctx, session.id, new Date(now.getTime() + SESSION_TTL_MS))
  }
  return session.memberId as MemberId
}

export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await deleteSession(ctx.db, hashSecret(token))
}
