import type { SignupInput } from '../../contracts/accounts.js'
import { countMembers, findMemberByEmail, insertMember } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { consumeRate } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { currentSignupMode } from '../operator/index.js'
import { hashPassword } from './passwords.js'
import { openSession, type SignedIn } from './sessions.js'

/** Opens an account and its first session; the first member of an instance becomes its operator. */
export async function signup(
  ctx: ServiceContext,
  input: SignupInput,
  clientAddress: string,
): Promise<SignedIn> {
  if ((await currentSignupMode(ctx)) === 'invite') {
    throw new AppError('forbidden', 'Sign-up on this instance is by invitation only')
  }
  const passwordHash = await hashPassword(input.password)
  const now = ctx.clock()
  const member = await ctx.db.transaction(async (tx) => {
    await consumeRate(
      tx,
      { kind: 'signup', key: clientAddress, limit: ctx.config.signupsPerHour, windowMs: 3600_000 },
      now,
    )
    if ((await findMemberByEmail(tx, input.email)) !== null) {
      throw new AppError('conflict', 'An account with this e-mail already exists', {
        errors: [{ path: 'email', message: 'already registered' }],
      })
    }
    const isFirst = (await countMembers(tx)) === 0
    return await insertMember(tx, {
      id: newId(),
      email: input.email,
      name: input.name,
      passwordHash,
      role: isFirst ? 'operator' : 'member',
      createdAt: now,
      updatedAt: now,
    })
  })
  return { member, sessionToken: await openSession(ctx, member.id as MemberId) }
}
