import type { ChangePasswordInput } from '../../contracts/settings.js'
import { clearFailedLoginsOfAccount, deleteCredentialsExcept } from '../../db/queries/auth.js'
import { updateMember } from '../../db/queries/members.js'
import type { MemberId } from '../../ids.js'
import { hashSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { accountKeyOf } from './account-key.js'
import type { CredentialInUse } from './credential-in-use.js'
import { confirmCurrentPassword } from './current-password.js'
import { hashPassword } from './passwords.js'

/**
 * Sets a new password once the current one is confirmed, and ends every other credential of the
 * account (sessions, access tokens, reset codes) as a reset does (docs/decisions/0014): the member
 * may be changing it because one of them leaked. The credential making the change keeps working,
 * so the member is not signed out of the page they are on.
 */
export async function changePassword(
  ctx: ServiceContext,
  memberId: MemberId,
  input: ChangePasswordInput,
  inUse: CredentialInUse,
): Promise<void> {
  const now = ctx.clock()
  const member = await confirmCurrentPassword(ctx, memberId, input.currentPassword)
  const passwordHash = await hashPassword(input.newPassword)
  await inTransaction(ctx, async ({ tx, announce }) => {
    await updateMember(tx, memberId, { passwordHash, updatedAt: now })
    await deleteCredentialsExcept(tx, memberId, {
      sessionId: inUse.sessionToken === null ? null : hashSecret(inUse.sessionToken),
      tokenId: inUse.tokenId,
    })
    await clearFailedLoginsOfAccount(tx, accountKeyOf(member.email))
    // The credential in use stays in the database; the cache reads it again on its next request.
    announce({ kind: 'credentials.ended', member: memberId })
  })
}
