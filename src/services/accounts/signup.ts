import type { SignupInput } from '../../contracts/accounts.js'
import type { Me } from '../../contracts/profile.js'
import { countMembers, findMemberByEmail, insertMember } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { consumeRate, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { queueMail } from '../mail/index.js'
import { getMe } from '../members/index.js'
import {
  claimInvitation,
  currentSignupMode,
  instanceSettingsIn,
  recordInvitee,
} from '../operator/index.js'
import { announce } from '../transaction.js'
import { deliverAfterAnswer } from './mail-after-answer.js'
import { hashPassword } from './passwords.js'
import { publicBaseUrl } from './public-url.js'
import { openSessionIn } from './sessions.js'

export interface SignedUp {
  member: Me
  sessionToken: string
}

/**
 * Opens an account and its first session; the first member of an instance becomes its operator.
 * By invitation only, a new account needs the code of a mailed sign-up link for its address.
 * An e-mail that already has an account gets the same answer as a new one (a new member's
 * profile and a session cookie that opens nothing) and its owner is mailed instead, so sign-up
 * cannot be used to learn who has an account.
 */
export async function signup(
  ctx: ServiceContext,
  input: SignupInput,
  clientAddress: string,
): Promise<SignedUp> {
  const byInvitationOnly = (await currentSignupMode(ctx)) === 'invite'
  const passwordHash = await hashPassword(input.password)
  const now = ctx.clock()
  const created = await ctx.db.transaction(async (tx) => {
    await consumeRate(
      tx,
      {
        kind: 'signup',
        key: clientAddress,
        limit: (await instanceSettingsIn(ctx, tx)).signupsPerHour,
        windowMs: 3600_000,
      },
      now,
    )
    const isFirst = (await countMembers(tx)) === 0
    // The invitation is checked before the address, so that by invitation only an address with an
    // account is refused exactly like one without.
    const invitation =
      input.invitation === undefined
        ? null
        : await claimInvitation(tx, { code: input.invitation, email: input.email, now })
    // An empty instance takes its first member, its operator, without an invitation.
    if (byInvitationOnly && invitation === null && !isFirst) {
      throw new AppError(
        'forbidden',
        input.invitation === undefined
          ? 'Sign-up on this instance is by invitation only: open the link in your invitation mail'
          : 'This invitation link has expired, was already used, or was sent to another address',
      )
    }
    const owner = await findMemberByEmail(tx, input.email)
    if (owner !== null) {
      await queueMail(tx, ownerNotice(owner.email, publicBaseUrl(ctx.config)), now)
      return null
    }
    const member = await insertMember(tx, {
      id: newId(),
      email: input.email,
      name: input.name,
      passwordHash,
      role: isFirst ? 'operator' : 'member',
      createdAt: now,
      updatedAt: now,
    })
    if (invitation !== null) await recordInvitee(tx, invitation.id, member.id)
    // The first session commits with the account: no account is ever left without the session
    // its sign-up answered with, nor a backup taken between the two.
    return { member, sessionToken: await openSessionIn(tx, member.id as MemberId, now) }
  })
  if (created === null) {
    void deliverAfterAnswer(ctx)
    return { member: newMemberLookalike(input, now), sessionToken: newSecret() }
  }
  const memberId = created.member.id as MemberId
  await announce(ctx, { kind: 'member.changed', member: memberId })
  return { member: await getMe(ctx, memberId), sessionToken: created.sessionToken }
}

function ownerNotice(email: string, base: string) {
  return {
    to: email,
    subject: 'Someone tried to sign up to Rapport with your e-mail',
    text: `Someone tried to create a Rapport account with this address, which already has one.\n\nIf it was you, log in at ${base}/login, or choose a new password at ${base}/reset-password.\n\nIf it was not you, ignore this mail; nothing changes.`,
  }
}

/** The profile a new member starts with (the schema's defaults), under a fresh id. */
function newMemberLookalike(input: SignupInput, now: Date): Me {
  return {
    id: newId(),
    email: input.email,
    name: input.name,
    headline: '',
    location: '',
    valueProposition: '',
    asks: '',
    positions: [],
    flags: { student: false, inTransition: false, openNetworker: false },
    visibility: 'strong_ties',
    careerStrategy: { companies: [], roles: [] },
    role: 'member',
    createdAt: now.toISOString(),
  }
}
