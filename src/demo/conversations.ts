import { newId } from '../ids.js'
import type { DemoHistory } from './history.js'
import { SeededRandom } from './random.js'
import { MESSAGE_OPENERS, MESSAGE_REPLIES } from './vocabulary.js'

export interface DemoConversation {
  id: string
  /** `lo:hi`, as for any two-person conversation. */
  pairKey: string
  memberIds: [string, string]
  createdAt: Date
  lastMessageAt: Date
}

export interface DemoMessage {
  id: string
  conversationId: string
  senderId: string
  body: string
  createdAt: Date
}

export interface DemoConversations {
  conversations: DemoConversation[]
  /** Every message in time order, so the instance-wide sequence follows time. */
  messages: DemoMessage[]
}

/** A new exchange after this long apart opens with an opener rather than a reply. */
const EXCHANGE_GAP_MS = 7 * 86_400_000

/**
 * The conversations the demo's interaction histories imply: every message a member sent in a
 * pair's history (recorded on the sender's side as `message_sent`) becomes a message of that
 * pair's one conversation, at the same moment, so the inbox and the strengths tell one story.
 * An ask keeps its own wording; other messages read as an opener, or as a reply when the other
 * wrote last within a week. Seeded.
 */
export function generateConversations(history: DemoHistory, seed: number): DemoConversations {
  const random = new SeededRandom(seed * 7_919 + 13)
  const memberOfContact = new Map(history.contacts.map((c) => [c.id, c]))
  const sent = history.interactions
    .filter((i) => i.kind === 'message_sent')
    .flatMap((i) => {
      const contact = memberOfContact.get(i.contactId)
      return contact === undefined ? [] : [{ from: i.ownerId, to: contact.memberId, i }]
    })
    .sort(
      (x, y) => x.i.at.getTime() - y.i.at.getTime() || x.i.dedupeKey.localeCompare(y.i.dedupeKey),
    )

  const byPair = new Map<string, DemoConversation>()
  const lastOf = new Map<string, DemoMessage>()
  const messages: DemoMessage[] = []
  for (const { from, to, i } of sent) {
    const pairKey = from < to ? `${from}:${to}` : `${to}:${from}`
    let conversation = byPair.get(pairKey)
    if (conversation === undefined) {
      conversation = {
        id: newId(),
        pairKey,
        memberIds: from < to ? [from, to] : [to, from],
        createdAt: i.at,
        lastMessageAt: i.at,
      }
      byPair.set(pairKey, conversation)
    }
    conversation.lastMessageAt = i.at
    const last = lastOf.get(pairKey)
    const answering =
      last !== undefined &&
      last.senderId !== from &&
      i.at.getTime() - last.createdAt.getTime() < EXCHANGE_GAP_MS
    const body = i.note ?? random.pick(answering ? MESSAGE_REPLIES : MESSAGE_OPENERS)
    const message = {
      id: newId(),
      conversationId: conversation.id,
      senderId: from,
      body,
      createdAt: i.at,
    }
    messages.push(message)
    lastOf.set(pairKey, message)
  }
  return { conversations: [...byPair.values()], messages }
}
