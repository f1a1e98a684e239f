import { verify } from '@node-rs/argon2'
import type { LoginInput } from '../../contracts/accounts.js'
import {
  clearFailedLogins,
  deleteFailedLoginsBefore,
  insertFailedLogin,
  type LoginClient,
  recentFailedLogins,
} from '../../db/queries/auth.js'
import { findMemberByEmail } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { retryAfterSeconds } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { instanceSettings } from '../operator/index.js'
import { accountKeyOf } from './account-key.js'
import { verifyDecoy } from './passwords.js'
import { openSession, type SignedIn } from './sessions.js'

const LOCK_WINDOW_MS = 15 * 60_000

/**
 * Checks a password. After `loginFailures` wrong ones in 15 minutes for one e-mail from one client
 * address, that address is locked out of that e-mail until the oldest of them is 15 minutes old,
 * whatever password it gives. The owner, from their own address, is not locked out by a stranger;
 * and an e-mail without an account is counted and locked the same way, so nothing tells them apart.
 */
export async function login(
  ctx: ServiceContext,
  input: LoginInput,
  clientAddress: string,
): Promise<SignedIn> {
  const now = ctx.clock()
  const client: LoginClient = { accountKey: accountKeyOf(input.email), clientAddress }
  const windowStart = new Date(now.getTime() - LOCK_WINDOW_MS)
  const failures = await recentFailedLogins(ctx.db, client, windowStart)
  if (failures.count >= (await instanceSettings(ctx)).loginFailures) {
    throw new AppError('rate_limited', 'Too many failed logins; try again later', {
      retryAfterSeconds: retryAfterSeconds(failures.oldest, LOCK_WINDOW_MS, now),
    })
  }
  const member = await findMemberByEmail(ctx.db, input.email)
  const passwordHash = member?.passwordHash ?? null
  const matches =
    passwordHash === null
      ? await verifyDecoy(input.password)
      : await verify(passwordHash, input.password)
  if (member === null || !matches) {
    await ctx.db.transaction(async (tx) => {
      await deleteFailedLoginsBefore(tx, windowStart)
      await insertFailedLogin(tx, { id: newId(), ...client, at: now })
    })
    throw new AppError('unauthenticated', 'Wrong e-mail or password')
  }
  await clearFailedLogins(ctx.db, client)
  // Told only to whoever knows the password: the owner learns why, nobody else learns anything.
  if (member.suspendedAt !== null) {
    throw new AppError('forbidden', 'This account is suspended by the operator of this instance')
  }
  return { member, sessionToken: await openSession(ctx, member.id as MemberId) }
}
