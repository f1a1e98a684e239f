import {
  claimPasswordReset,
  clearFailedLoginsOfAccount,
  deleteCredentialsOf,
  insertPasswordReset,
} from '../../db/queries/auth.js'
import { findMemberByEmail, findMemberById, updateMember } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { consumeRate, hashSecret, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { queueMail } from '../mail/index.js'
import { inTransaction } from '../transaction.js'
import { accountKeyOf } from './account-key.js'
import { deliverAfterAnswer } from './mail-after-answer.js'
import { hashPassword } from './passwords.js'
import { publicBaseUrl } from './public-url.js'

const RESET_TTL_MS = 60 * 60_000
const HOUR_MS = 3600_000
/** Reset requests per e-mail per hour: enough for a mail that went to spam, too few to flood a box. */
export const RESETS_PER_ACCOUNT_PER_HOUR = 5
/** Reset requests per client address per hour, whatever e-mails they name. */
export const RESETS_PER_ADDRESS_PER_HOUR = 20

/**
 * Mails a one-hour reset link when the e-mail belongs to an account; says nothing either way, so
 * the form cannot be used to learn who has an account. Requests are limited per client address and
 * per e-mail (429), counted alike whether or not an account uses the e-mail. The mail is sent after
 * the answer; `delivered` settles when it has been.
 */
export async function requestPasswordReset(
  ctx: ServiceContext,
  email: string,
  clientAddress: string,
): Promise<{ delivered: Promise<void> }> {
  const now = ctx.clock()
  const base = publicBaseUrl(ctx.config)
  await ctx.db.transaction(async (tx) => {
    const limit = { kind: 'password_reset', windowMs: HOUR_MS }
    await consumeRate(
      tx,
      { ...limit, key: `address:${clientAddress}`, limit: RESETS_PER_ADDRESS_PER_HOUR },
      now,
    )
    await consumeRate(
      tx,
      { ...limit, key: `account:${accountKeyOf(email)}`, limit: RESETS_PER_ACCOUNT_PER_HOUR },
      now,
    )
    const member = await findMemberByEmail(tx, email)
    if (member === null) return
    const token = newSecret()
    await insertPasswordReset(tx, {
      tokenHash: hashSecret(token),
      memberId: member.id,
      expiresAt: new Date(now.getTime() + RESET_TTL_MS),
    })
    await queueMail(
      tx,
      {
        to: member.email,
        subject: 'Reset your Rapport password',
        text: `Someone asked to reset the password of your Rapport account.\n\nTo choose a new password, open ${base}/reset-password#token=${token} within an hour.\nYour reset code: ${token}\n\nIf it was not you, ignore this mail; nothing changes.`,
      },
      now,
    )
  })
  return { delivered: deliverAfterAnswer(ctx) }
}

/**
 * Sets a new password from a reset token (once) and ends every other credential of the account:
 * its sessions, its access tokens and its other reset codes, any of which may be what leaked.
 */
export async function resetPassword(ctx: ServiceContext, token: string, password: string) {
  const passwordHash = await hashPassword(password)
  const now = ctx.clock()
  await inTransaction(ctx, async ({ tx, announce }) => {
    const reset = await claimPasswordReset(tx, hashSecret(token), now)
    if (reset === null) throw new AppError('bad_request', 'This reset link is invalid or expired')
    const member = await findMemberById(tx, reset.memberId)
    if (member === null) throw new AppError('bad_request', 'This reset link is invalid or expired')
    await updateMember(tx, member.id, { passwordHash, updatedAt: now })
    await deleteCredentialsOf(tx, member.id)
    await clearFailedLoginsOfAccount(tx, accountKeyOf(member.email))
    announce({ kind: 'credentials.ended', member: member.id })
  })
}
