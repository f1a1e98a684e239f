import {
  claimPasswordReset,
  clearLoginFailures,
  deleteCredentialsOf,
  insertPasswordReset,
} from '../../db/queries/auth.js'
import { findMemberByEmail, updateMember } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { hashSecret, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { deliverQueuedMail, queueMail } from '../mail/index.js'
import { hashPassword } from './passwords.js'

const RESET_TTL_MS = 60 * 60_000
/**
 * Mails a one-hour reset link when the e-mail belongs to an account; says nothing either way,
 * so the form cannot be used to learn who has an account.
 */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<void> {
  const member = await findMemberByEmail(ctx.db, email)
  if (member === null) return
  const token = newSecret()
  const now = ctx.clock()
  const base = ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`
  await ctx.db.transaction(async (tx) => {
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
        text: `Someone asked to reset the password of your Rapport account.\n\nTo choose a new password, open ${base}/reset-password?token=${token} within an hour.\nYour reset code: ${token}\n\nIf it was not you, ignore this mail; nothing changes.`,
      },
      now,
    )
  })
  await deliverQueuedMail(ctx)
}

/**
 * Sets a new password from a reset token (once) and ends every other credential of the account:
 * its sessions, its access tokens and its other reset codes, any of which may be what leaked.
 */
export async function resetPassword(ctx: ServiceContext, token: string, password: string) {
  const passwordHash = await hashPassword(password)
  const now = ctx.clock()
  await ctx.db.transaction(async (tx) => {
    const reset = await claimPasswordReset(tx, hashSecret(token), now)
    if (reset === null) throw new AppError('bad_request', 'This reset link is invalid or expired')
    await updateMember(tx, reset.memberId, { passwordHash, updatedAt: now })
    await deleteCredentialsOf(tx, reset.memberId)
    await clearLoginFailures(tx, reset.memberId)
  })
}
