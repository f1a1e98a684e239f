import { verify } from '@node-rs/argon2'
import { findMemberById, type MemberRow } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { consumeRate } from '../common/index.js'
import type { ServiceContext } from '../context.js'

const HOUR_MS = 3600_000
/**
 * Password checks a signed-in member may make per hour: a stolen session must not become a way to
 * guess the password behind it.
 */
export const PASSWORD_CHECKS_PER_HOUR = 10

/**
 * The member, once their current password is confirmed. Every check is counted (failed ones
 * cannot be told apart before hashing, and the count must outlive a refusal), and a wrong password is a 422 naming the field, the
 * request being well-formed.
 */
export async function confirmCurrentPassword(
  ctx: ServiceContext,
  memberId: MemberId,
  password: string,
): Promise<MemberRow> {
  const now = ctx.clock()
  await ctx.db.transaction(async (tx) => {
    const window = { kind: 'password_check', key: memberId, windowMs: HOUR_MS }
    await consumeRate(tx, { ...window, limit: PASSWORD_CHECKS_PER_HOUR }, now)
  })
  const member = await findMemberById(ctx.db, memberId)
  if (member === null) throw new AppError('unauthenticated', 'Sign in first')
  const matches = member.passwordHash !== null && (await verify(member.passwordHash, password))
  if (!matches) {
    throw new AppError('rule_violation', 'The current password is not right', {
      errors: [{ path: 'currentPassword', message: 'wrong password' }],
    })
  }
  return member
}
