import type { Db } from '../../db/client.js'
import { requestsOfMember } from '../../db/queries/message-requests.js'

/**
 * The member's message requests for their personal export. What they sent reads as the sender
 * sees it in the app, "delivered" or "answered" and never how it was triaged or dismissed; what
 * they received carries its triage and their answer. Others are named by member id. Erasure
 * needs nothing here: a request goes with either member's row (docs/decisions/0130).
 */
export async function messageRequestsForExport(db: Db, member: string) {
  const rows = await requestsOfMember(db, member)
  return {
    sent: rows
      .filter((r) => r.senderId === member)
      .map((r) => ({
        id: r.id,
        to: r.recipientId,
        purpose: r.purpose,
        body: r.body,
        status: r.answeredAt === null ? ('delivered' as const) : ('answered' as const),
        createdAt: r.createdAt,
      })),
    received: rows
      .filter((r) => r.recipientId === member && !r.silent)
      .map((r) => ({
        id: r.id,
        from: r.senderId,
        purpose: r.purpose,
        body: r.body,
        score: r.score,
        reasons: r.reasons,
        createdAt: r.createdAt,
        answeredAt: r.answeredAt,
        dismissedAt: r.dismissedAt,
        conversationId: r.conversationId,
      })),
  }
}
