import { deleteMember } from '../../db/queries/account-data.js'
import { deleteInteractionsOf } from '../../db/queries/interactions.js'
import { introductionsOfMember } from '../../db/queries/introductions.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { discardResumes } from '../introductions/index.js'
import { dropEmptyConversations, releaseConversationKeys } from '../messages/index.js'
import { inTransaction } from '../transaction.js'

/**
 * Erases the member's account and everything personal to it, in one transaction. Other members'
 * own records of them (a contact in someone's address book) stay with their owners, unlinked.
 */
export async function eraseAccount(ctx: ServiceContext, viewer: MemberId): Promise<void> {
  const resumes = await inTransaction(ctx, async ({ tx, announce }) => {
    // Every request the member took part in goes with them, and so do the résumés they carried.
    const files = (await introductionsOfMember(tx, viewer)).map((r) => r.resumeFile)
    await deleteInteractionsOf(tx, viewer)
    await releaseConversationKeys(tx, viewer)
    if (!(await deleteMember(tx, viewer))) throw new AppError('not_found', 'No such account')
    await dropEmptyConversations(tx)
    announce({ kind: 'member.erased', member: viewer })
    return files
  })
  await discardResumes(ctx, resumes)
}
