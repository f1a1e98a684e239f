import { eq, or } from 'drizzle-orm'
import type { Db } from '../client.js'
import { accessTokens } from '../schema/auth.js'
import { connections, invitations } from '../schema/connections.js'
import { members } from '../schema/members.js'

/** Every connection row the member is part of, removed ones included. */
export async function connectionRowsOf(db: Db, memberId: string) {
  return await db
    .select()
    .from(connections)
    .where(or(eq(connections.memberLo, memberId), eq(connections.memberHi, memberId)))
}

/**
 * Invitations the member sent, and those sent to them that were delivered (a "silent" one from
 * someone they said they don't know never reached them, so it is not theirs to export).
 */
export async function invitationRowsOf(db: Db, memberId: string) {
  const rows = await db
    .select()
    .from(invitations)
    .where(or(eq(invitations.fromId, memberId), eq(invitations.toId, memberId)))
  return rows.filter((r) => r.fromId === memberId || !r.silent)
}

export async function accessTokenNamesOf(db: Db, memberId: string) {
  return await db
    .select({ id: accessTokens.id, name: accessTokens.name, createdAt: accessTokens.createdAt })
    .from(accessTokens)
    .where(eq(accessTokens.memberId, memberId))
}

/**
 * Deletes a member; the foreign keys take everything personal with it (sessions, tokens,
 * positions, invitations, connections, contacts, interactions, marks, cadences, outcomes,
 * imports), and unlink the member from other people's own contact records.
 */
export async function deleteMember(db: Db, memberId: string): Promise<boolean> {
  const rows = await db
    .delete(members)
    .where(eq(members.id, memberId))
    .returning({ id: members.id })
  return rows.length > 0
}
