import type { Db } from '../../db/client.js'
import {
  conversationsWithMessagesOf,
  deleteEmptyConversations,
  memberIdsOfMany,
  releasePairKeysOf,
} from '../../db/queries/messages.js'

/**
 * The member's conversations and every message in them, for their personal export. Others are
 * named by member id (null once erased); the member's own messages say `from: "me"`.
 */
export async function messagesForExport(db: Db, member: string) {
  const found = await conversationsWithMessagesOf(db, member)
  const members = await memberIdsOfMany(
    db,
    found.conversations.map((c) => c.id),
  )
  return {
    conversations: found.conversations.map((c) => {
      const others = (members.get(c.id) ?? []).filter((id) => id !== member)
      return {
        id: c.id,
        origin: c.origin,
        with: others,
        formerMembers: Math.max(0, c.size - others.length - 1),
        createdAt: c.createdAt,
        lastMessageAt: c.lastMessageAt,
      }
    }),
    messages: found.messages.map((m) => ({
      id: m.id,
      conversationId: m.conversationId,
      from: m.senderId === member ? 'me' : m.senderId,
      kind: m.kind,
      body: m.body,
      offerKind: m.offerKind,
      offerAcceptedAt: m.offerAcceptedAt,
      createdAt: m.createdAt,
    })),
  }
}

/**
 * Before an account is erased, inside its transaction: frees the pair keys that name the member.
 * The rows themselves follow the member's deletion: their membership goes, their messages stay
 * for the others with no author ("a former member").
 */
export async function releaseConversationKeys(tx: Db, member: string): Promise<void> {
  await releasePairKeysOf(tx, member)
}

/** After the member's row is deleted, inside the same transaction: drops conversations left empty. */
export async function dropEmptyConversations(tx: Db): Promise<void> {
  await deleteEmptyConversations(tx)
}
