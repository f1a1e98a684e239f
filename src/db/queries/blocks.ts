import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../client.js'
import { invitations, memberBlocks } from '../schema/index.js'

export type BlockRow = typeof memberBlocks.$inferSelect

export async function insertBlock(db: Db, row: BlockRow): Promise<void> {
  await db.insert(memberBlocks).values(row).onConflictDoNothing()
}

export async function deleteBlock(db: Db, blockerId: string, blockedId: string): Promise<boolean> {
  const gone = await db
    .delete(memberBlocks)
    .where(and(eq(memberBlocks.blockerId, blockerId), eq(memberBlocks.blockedId, blockedId)))
    .returning({ blockedId: memberBlocks.blockedId })
  return gone.length > 0
}

export async function blocksBy(db: Db, blockerId: string): Promise<BlockRow[]> {
  return await db
    .select()
    .from(memberBlocks)
    .where(eq(memberBlocks.blockerId, blockerId))
    .orderBy(desc(memberBlocks.createdAt), desc(memberBlocks.blockedId))
}

/**
 * Whether `blocker` refused `other`: an explicit block, or the answer "I don't know this person"
 * to an invitation from them, which the product treats as the same silent refusal.
 */
export async function hasRefused(db: Db, blockerId: string, otherId: string): Promise<boolean> {
  const [explicit] = await db
    .select({ at: memberBlocks.createdAt })
    .from(memberBlocks)
    .where(and(eq(memberBlocks.blockerId, blockerId), eq(memberBlocks.blockedId, otherId)))
    .limit(1)
  if (explicit !== undefined) return true
  const [dontKnow] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.fromId, otherId),
        eq(invitations.toId, blockerId),
        eq(invitations.status, 'dont_know'),
      ),
    )
    .limit(1)
  return dontKnow !== undefined
}

/** Whether either of the two refused the other. */
export async function refusedEitherWay(db: Db, a: string, b: string): Promise<boolean> {
  return (await hasRefused(db, a, b)) || (await hasRefused(db, b, a))
}
