import type { BlockedMember } from '../../contracts/blocks.js'
import { blocksBy, deleteBlock, insertBlock } from '../../db/queries/blocks.js'
import { findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { inTransaction } from '../transaction.js'

/**
 * Blocks a member. Idempotent, and nothing tells the blocked member: what they send is accepted
 * and never delivered, exactly as for someone who was never blocked but never answers.
 */
export async function blockMember(
  ctx: ServiceContext,
  viewer: MemberId,
  other: string,
): Promise<void> {
  if (other === viewer) throw new AppError('rule_violation', 'You cannot block yourself')
  await inTransaction(ctx, async ({ tx }) => {
    if ((await findMemberById(tx, other)) === null)
      throw new AppError('not_found', 'No such member')
    await insertBlock(tx, { blockerId: viewer, blockedId: other, createdAt: ctx.clock() })
  })
}

export async function unblockMember(
  ctx: ServiceContext,
  viewer: MemberId,
  other: string,
): Promise<void> {
  if (!(await deleteBlock(ctx.db, viewer, other)))
    throw new AppError('not_found', 'You have not blocked this member')
}

/** Whom the viewer blocked, newest first; a member's blocks are theirs alone to see. */
export async function listBlocks(ctx: ServiceContext, viewer: MemberId): Promise<BlockedMember[]> {
  const rows = await blocksBy(ctx.db, viewer)
  const summaries = await summariesOf(
    ctx,
    rows.map((row) => row.blockedId),
  )
  return rows.flatMap((row) => {
    const member = summaries.get(row.blockedId)
    return member === undefined ? [] : [{ member, since: row.createdAt.toISOString() }]
  })
}
