import type { Db } from '../../db/client.js'
import {
  circlesOfEvent,
  type EventRow,
  insertNotices,
  membersInCircles,
  type NoticeKind,
  rsvpsOf,
} from '../../db/queries/events.js'
import { newId } from '../../ids.js'
import type { TransactionScope } from '../transaction.js'

export const MAIL_JOB = 'events.mail'

/** Everyone the event concerns: its invitees now, and whoever answered and was not removed. */
export async function audienceOfEvent(db: Db, event: EventRow): Promise<string[]> {
  const invitees = await membersInCircles(db, event.hostId, await circlesOfEvent(db, event.id))
  const answered = (await rsvpsOf(db, event.id)).filter((r) => r.status !== 'removed')
  const removed = new Set(
    (await rsvpsOf(db, event.id)).filter((r) => r.status === 'removed').map((r) => r.memberId),
  )
  const all = new Set([...invitees.map((i) => i.memberId), ...answered.map((r) => r.memberId)])
  return [...all].filter((id) => !removed.has(id) && id !== event.hostId)
}

export async function notice(
  scope: TransactionScope,
  event: EventRow,
  memberIds: string[],
  kind: NoticeKind,
  at: Date,
) {
  await insertNotices(
    scope.tx,
    memberIds.map((memberId) => ({
      id: newId(),
      eventId: event.id,
      memberId,
      kind,
      createdAt: at,
    })),
  )
}

/**
 * Tells the event's audience in the app now and by mail (a durable job) that it is new, changed
 * or cancelled. The job mails the version current when it runs; an older version's job that runs
 * after a newer change mails nothing, since the newer one's mail says it all.
 */
export async function tellAudience(
  scope: TransactionScope,
  event: EventRow,
  kind: 'invited' | 'updated' | 'cancelled',
  at: Date,
) {
  await notice(scope, event, await audienceOfEvent(scope.tx, event), kind, at)
  await scope.schedule({
    kind: MAIL_JOB,
    payload: { eventId: event.id, sequence: event.sequence },
    runAt: at,
    singletonKey: `${MAIL_JOB}:${event.id}:${event.sequence}`,
    maxAttempts: 20,
  })
}
