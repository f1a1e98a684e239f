import { verify } from '@node-rs/argon2'
import type { LoginInput } from '../../contracts/accounts.js'
import {
  clearLoginFailures,
  insertLoginFailure,
  recentLoginFailures,
} from '../../db/queries/auth.js'
import { findMemberByEmail } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { retryAfterSeconds } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { verifyDecoy } from './passwords.js'
import { openSession, type SignedIn } from './sessions.js'

const LOCK_WINDOW_MS = 15 * 60_000
/**
 * Checks a password; after `loginFailures` wrong ones in 15 minutes the account is locked
 * until the oldest of them is 15 minutes old, whatever password is given.
 */
export async function login(ctx: ServiceContext, input: LoginInput): Promise<SignedIn> {
  const member = await findMemberByEmail(ctx.db, input.email)
  if (member === null || member.passwordHash === null) {
    await verifyDecoy(input.password)
    throw new AppError('unauthenticated', 'Wrong e-mail or password')
  }
  const now = ctx.clock()
  const failures = await recentLoginFailures(
    ctx.db,
    member.id,
    new Date(now.getTime() - LOCK_WINDOW_MS),
  )
  if (failures.count >= ctx.config.loginFailures) {
    throw new AppError(
      'rate_limited',
      'Too many failed logins; this account is locked for a while',
      {
        retryAfterSeconds: retryAfterSeconds(failures.oldest, LOCK_WINDOW_MS, now),
      },
    )
  }
  if (!(await verify(member.passwordHash, input.password))) {
    await insertLoginFailure(ctx.db, { id: newId(), memberId: member.id, at: now })
    throw new AppError('unauthenticated', 'Wrong e-mail or password')
  }
  await clearLoginFailures(ctx.db, member.id)
  return { member, sessionToken: await openSession(ctx, member.id as MemberId) }
}
