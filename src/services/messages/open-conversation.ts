import type { Db } from '../../db/client.js'
import { lockPair } from '../../db/queries/connections.js'
import {
  type ConversationRow,
  findConversationByPair,
  insertConversation,
  pairKeyOf,
} from '../../db/queries/messages.js'
import { newId } from '../../ids.js'

export type ConversationOrigin = 'direct' | 'introduction' | 'request'

/**
 * Opens a conversation inside the caller's transaction: two members (one conversation per pair:
 * the existing one is returned), or the three of an introduction (always a new one). Who may talk
 * to whom is the caller's decision; this only stores it.
 */
export async function openConversation(
  tx: Db,
  memberIds: readonly string[],
  origin: ConversationOrigin,
  at: Date,
): Promise<ConversationRow> {
  const ids = [...new Set(memberIds)]
  if (ids.length < 2 || ids.length > 3 || ids.length !== memberIds.length) {
    throw new Error('a conversation has two or three different members')
  }
  const [a, b] = ids as [string, string]
  const pairKey = ids.length === 2 ? pairKeyOf(a, b) : null
  if (pairKey !== null) {
    // Two first messages crossing must not open two conversations for one pair.
    await lockPair(tx, a, b)
    const existing = await findConversationByPair(tx, pairKey)
    if (existing !== null) return existing
  }
  return await insertConversation(
    tx,
    { id: newId(), origin, pairKey, size: ids.length, createdAt: at, lastMessageAt: at },
    ids,
  )
}
