import type {
  MessageRequestPurpose,
  ReceivedMessageRequest,
  SentMessageRequest,
} from '../../contracts/message-requests.js'
import type { MemberSummary } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'
import type { MessageRequestRow } from '../../db/queries/message-requests.js'
import { AppError } from '../../errors.js'
import { summariesWithin } from '../members/index.js'

type ReasonCode = ReceivedMessageRequest['reasons'][number]['code']

/** The sender's view: "answered" once replied to, "delivered" otherwise — dismissed, blocked or not. */
export function toSent(row: MessageRequestRow, to: MemberSummary): SentMessageRequest {
  return {
    id: row.id,
    to,
    purpose: row.purpose as MessageRequestPurpose,
    body: row.body,
    status: row.answeredAt === null ? 'delivered' : 'answered',
    createdAt: row.createdAt.toISOString(),
  }
}

export async function sentView(db: Db, row: MessageRequestRow): Promise<SentMessageRequest> {
  const to = (await summariesWithin(db, [row.recipientId])).get(row.recipientId)
  if (to === undefined) throw new AppError('not_found', 'No such member')
  return toSent(row, to)
}

export function toReceived(
  row: MessageRequestRow,
  from: MemberSummary,
  windowMs: number,
): ReceivedMessageRequest {
  return {
    id: row.id,
    from,
    purpose: row.purpose as MessageRequestPurpose,
    body: row.body,
    score: row.score,
    reasons: row.reasons.map((r) => ({ ...r, code: r.code as ReasonCode })),
    createdAt: row.createdAt.toISOString(),
    expiresAt: new Date(row.createdAt.getTime() + windowMs).toISOString(),
  }
}
