import {
  type Conversation,
  FORMER_MEMBER_NAME,
  type Message,
  type Participant,
} from '../../contracts/messages.js'
import type { MemberSummary } from '../../contracts/profile.js'
import type { ConversationRow, MessageRow } from '../../db/queries/messages.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'

const FORMER_MEMBER: Participant = { id: null, name: FORMER_MEMBER_NAME, headline: '' }

/** Names of the members concerned, for building views; an erased one is simply missing. */
export async function participantsOf(ctx: ServiceContext, ids: Iterable<string>) {
  return await summariesOf(ctx, [...new Set(ids)])
}

function participant(id: string | null, people: Map<string, MemberSummary>): Participant {
  const found = id === null ? undefined : people.get(id)
  return found === undefined
    ? FORMER_MEMBER
    : { id: found.id, name: found.name, headline: found.headline }
}

export function messageView(
  row: MessageRow,
  viewer: string,
  people: Map<string, MemberSummary>,
): Message {
  return {
    id: row.id,
    conversationId: row.conversationId,
    sender: participant(row.senderId, people),
    mine: row.senderId === viewer,
    kind: row.kind,
    body: row.body,
    offer:
      row.offerKind === null
        ? null
        : { kind: row.offerKind, acceptedAt: row.offerAcceptedAt?.toISOString() ?? null },
    createdAt: row.createdAt.toISOString(),
  }
}

/** A conversation as one of its members sees it: the others by name, erased ones as "a former member". */
export function conversationView(
  row: ConversationRow,
  viewer: string,
  memberIds: readonly string[],
  last: MessageRow | undefined,
  unread: number,
  people: Map<string, MemberSummary>,
): Conversation {
  const others = memberIds.filter((id) => id !== viewer).map((id) => participant(id, people))
  const gone = Math.max(0, row.size - memberIds.length)
  return {
    id: row.id,
    origin: row.origin,
    with: [...others, ...Array.from({ length: gone }, () => FORMER_MEMBER)],
    lastMessage: last === undefined ? null : messageView(last, viewer, people),
    unread,
    lastMessageAt: row.lastMessageAt.toISOString(),
  }
}
