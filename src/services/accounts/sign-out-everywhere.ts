import { deleteCredentialsOf } from '../../db/queries/auth.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'

/**
 * Ends every session, every personal access token and every outstanding reset code of the
 * account, the caller's own included: for a member who fears a credential has leaked.
 */
export async function signOutEverywhere(ctx: ServiceContext, memberId: MemberId): Promise<void> {
  await inTransaction(ctx, async ({ tx, announce }) => {
    await deleteCredentialsOf(tx, memberId)
    announce({ kind: 'credentials.ended', member: memberId })
  })
}
