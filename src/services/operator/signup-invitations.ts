import type { SignupInvitationInput, SignupInvitationView } from '../../contracts/operator.js'
import type { Db } from '../../db/client.js'
import { findMemberByEmail } from '../../db/queries/members.js'
import {
  claimSignupInvitation,
  insertSignupInvitation,
  listSignupInvitations,
  recordInvitationUser,
  type SignupInvitationRow,
} from '../../db/queries/operator.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { publicBaseUrl } from '../accounts/index.js'
import { hashSecret, newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { deliverQueuedMail, queueMail } from '../mail/index.js'
import { inTransaction } from '../transaction.js'
import { recordOperatorAction } from './audit.js'
import { requireOperator } from './operator.js'

/** Long enough for someone back from two weeks away; short enough that old mail opens nothing. */
export const SIGNUP_INVITATION_TTL_MS = 14 * 24 * 3600_000

/**
 * Mails a single-use sign-up link to an address (operator only, audited). The code travels after
 * `#` so that it stays out of server logs and Referer headers. 409 when the address has an account.
 */
export async function inviteToSignUp(
  ctx: ServiceContext,
  viewer: MemberId,
  input: SignupInvitationInput,
): Promise<{ invitation: SignupInvitationView; delivered: Promise<void> }> {
  await requireOperator(ctx, viewer)
  const now = ctx.clock()
  const code = newSecret()
  const publicBase = publicBaseUrl(ctx.config)
  const row = await inTransaction(ctx, async ({ tx }) => {
    if ((await findMemberByEmail(tx, input.email)) !== null) {
      throw new AppError('conflict', 'That address already belongs to a member')
    }
    const created = await insertSignupInvitation(tx, {
      id: newId(),
      email: input.email,
      tokenHash: hashSecret(code),
      invitedBy: viewer,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGNUP_INVITATION_TTL_MS),
    })
    await queueMail(
      tx,
      {
        to: input.email,
        subject: 'You are invited to join Rapport',
        text: `You are invited to join our community on Rapport.\n\nTo create your account, open ${publicBase}/signup#invite=${code} within 14 days and sign up with this address. The link works once.\n\nIf you did not expect this, ignore this mail; nothing happens.`,
      },
      now,
    )
    await recordOperatorAction(tx, now, {
      actor: viewer,
      action: 'invitation.sent',
      target: null,
      detail: { email: input.email },
    })
    return created
  })
  // Sent after the answer; a failure is logged and the mail stays queued for the next delivery.
  const delivered = deliverQueuedMail(ctx).then(
    () => undefined,
    (err: unknown) => ctx.log.warn({ err }, 'invitation mail delivery failed'),
  )
  return { invitation: viewOf(row, now), delivered }
}

/** The sign-up links sent, newest first (operator only). */
export async function signupInvitations(
  ctx: ServiceContext,
  viewer: MemberId,
  limit: number,
): Promise<SignupInvitationView[]> {
  await requireOperator(ctx, viewer)
  const now = ctx.clock()
  return (await listSignupInvitations(ctx.db, limit)).map((row) => viewOf(row, now))
}

/**
 * Uses up the invitation a sign-up presents, in the sign-up's transaction; null when the code is
 * unknown, used, expired or for another address.
 */
export async function claimInvitation(
  tx: Db,
  claim: { code: string; email: string; now: Date },
): Promise<{ id: string } | null> {
  return await claimSignupInvitation(tx, {
    tokenHash: hashSecret(claim.code),
    email: claim.email,
    now: claim.now,
  })
}

export async function recordInvitee(tx: Db, invitationId: string, member: string): Promise<void> {
  await recordInvitationUser(tx, invitationId, member)
}

function viewOf(row: SignupInvitationRow, now: Date): SignupInvitationView {
  const status = row.usedAt !== null ? 'used' : row.expiresAt <= now ? 'expired' : 'pending'
  return {
    id: row.id,
    email: row.email,
    status,
    invitedBy: row.invitedBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
  }
}
