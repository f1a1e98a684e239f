import { randomInt } from 'node:crypto'
import type { EmailChangeRequest } from '../../contracts/settings.js'
import { clearFailedLoginsOfAccount } from '../../db/queries/auth.js'
import { findMemberByEmail, findMemberById, updateMember } from '../../db/queries/members.js'
import {
  countFailedEmailCode,
  deleteEmailChange,
  findEmailChange,
  lockEmailChange,
  upsertEmailChange,
} from '../../db/queries/settings.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { hashSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { queueMail } from '../mail/index.js'
import { getMe } from '../members/index.js'
import { announce } from '../transaction.js'
import { accountKeyOf } from './account-key.js'
import { confirmCurrentPassword } from './current-password.js'
import { deliverAfterAnswer } from './mail-after-answer.js'
import { publicBaseUrl } from './public-url.js'

const CODE_TTL_MS = 60 * 60_000
/** Wrong codes before a pending change is void: 5 guesses at 1 in 10^8 each. */
export const EMAIL_CODE_ATTEMPTS = 5

function newCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0')
}

/**
 * Asks to move the account to a new address, once the current password is confirmed. The new
 * address is mailed an 8-digit code valid for an hour, and the old one a notice; the account keeps
 * its old address until the code is confirmed. When the new address already has an account, its
 * owner is mailed a notice instead of a code, and the answer (and the pending change the member
 * sees) is the same, so the form cannot be used to learn who has an account (docs/decisions/0015).
 */
export async function requestEmailChange(
  ctx: ServiceContext,
  memberId: MemberId,
  input: EmailChangeRequest,
): Promise<{ delivered: Promise<void> }> {
  const member = await confirmCurrentPassword(ctx, memberId, input.currentPassword)
  if (input.newEmail === member.email) {
    throw new AppError('rule_violation', 'This is already the address of your account', {
      errors: [{ path: 'newEmail', message: 'same as the current address' }],
    })
  }
  const now = ctx.clock()
  const base = publicBaseUrl(ctx.config)
  await ctx.db.transaction(async (tx) => {
    const owner = await findMemberByEmail(tx, input.newEmail)
    const code = newCode()
    await upsertEmailChange(tx, {
      memberId,
      newEmail: input.newEmail,
      // An address with an account gets no code: the one stored here is known to nobody.
      codeHash: hashSecret(owner === null ? code : newCode() + newCode()),
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    })
    await queueMail(
      tx,
      owner === null
        ? {
            to: input.newEmail,
            subject: 'Confirm your new Rapport e-mail',
            text: `Someone asked to use this address for their Rapport account.\n\nYour confirmation code: ${code}\nEnter it in Settings at ${base}/settings within an hour.\n\nIf it was not you, ignore this mail; nothing changes.`,
          }
        : {
            to: input.newEmail,
            subject: 'Someone tried to move a Rapport account to your e-mail',
            text: `Someone asked to use this address for another Rapport account, but it already belongs to yours, so nothing changes.\n\nIf you want to manage your account, log in at ${base}/login.`,
          },
      now,
    )
    await queueMail(
      tx,
      {
        to: member.email,
        subject: 'A change of your Rapport e-mail was asked for',
        text: `Someone signed in to your Rapport account asked to change its e-mail to ${input.newEmail}. It changes only once the code mailed there is entered.\n\nIf it was not you, change your password at ${base}/settings and sign out everywhere.`,
      },
      now,
    )
  })
  return { delivered: deliverAfterAnswer(ctx) }
}

/** The address waiting for its code, if any (expired ones are not shown). */
export async function pendingEmailChange(ctx: ServiceContext, memberId: MemberId) {
  const row = await findEmailChange(ctx.db, memberId)
  if (row === null || row.expiresAt <= ctx.clock()) return { pending: null }
  return { pending: { newEmail: row.newEmail, expiresAt: row.expiresAt.toISOString() } }
}

type Outcome = 'changed' | 'invalid' | 'taken'

/**
 * Moves the account to the address of its pending change when the code is right. A wrong code is
 * counted (and after `EMAIL_CODE_ATTEMPTS` the change is void); the count commits before the
 * refusal is answered. Failed logins of the old address are forgotten with it.
 */
export async function confirmEmailChange(ctx: ServiceContext, memberId: MemberId, code: string) {
  const now = ctx.clock()
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const pending = await lockEmailChange(tx, memberId)
    if (pending === null || pending.expiresAt <= now) return 'invalid'
    if (pending.codeHash !== hashSecret(code)) {
      if (pending.failedAttempts + 1 >= EMAIL_CODE_ATTEMPTS) await deleteEmailChange(tx, memberId)
      else await countFailedEmailCode(tx, memberId)
      return 'invalid'
    }
    await deleteEmailChange(tx, memberId)
    // Only the holder of the new address has the code, so telling them it was taken meanwhile
    // reveals nothing they could not learn by signing up.
    if ((await findMemberByEmail(tx, pending.newEmail)) !== null) return 'taken'
    const member = await findMemberById(tx, memberId)
    if (member === null) return 'invalid'
    await updateMember(tx, memberId, { email: pending.newEmail, updatedAt: now })
    await clearFailedLoginsOfAccount(tx, accountKeyOf(member.email))
    return 'changed'
  })
  if (outcome === 'invalid') {
    throw new AppError('bad_request', 'This code is invalid or expired; ask for a new one')
  }
  if (outcome === 'taken') {
    throw new AppError('conflict', 'This address has been taken by another account meanwhile')
  }
  await announce(ctx, { kind: 'member.changed', member: memberId })
  return { member: await getMe(ctx, memberId) }
}
