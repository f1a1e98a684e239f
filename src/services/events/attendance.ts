import { type EventRow, findEvent, rsvpsOf } from '../../db/queries/events.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { recordPlatformInteraction } from '../relationships/index.js'
import { inTransaction, type TransactionScope, transactionalJob } from '../transaction.js'

export const ATTENDANCE_JOB = 'events.record-attendance'

/** Schedules the record of who came for when the event ends (again when the end moves). */
export async function scheduleAttendance(scope: TransactionScope, event: EventRow) {
  await scope.schedule({
    kind: ATTENDANCE_JOB,
    payload: { eventId: event.id, endsAt: event.endsAt.getTime() },
    runAt: event.endsAt,
    singletonKey: `${ATTENDANCE_JOB}:${event.id}:${event.endsAt.getTime()}`,
  })
}

/** What keeps an attendance once in the owner's timeline of `otherId` (the demo writes the same). */
export function attendanceKey(eventId: string, otherId: string): string {
  return `event:${eventId}:${otherId}`
}

export function attendanceJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    // Once the event is over, the host and each attendee have met: an `event` interaction in both
    // timelines (which schedules their rescoring). Writes and completion commit together.
    transactionalJob(ctx, {
      kind: ATTENDANCE_JOB,
      run: async (scoped, payload) => {
        await inTransaction(scoped, async (scope) => {
          const event = await findEvent(scope.tx, String(payload.eventId))
          if (event === null || event.status === 'cancelled') return
          // An event whose end moved has another job for its new end.
          if (event.endsAt.getTime() !== payload.endsAt) return
          const attendees = (await rsvpsOf(scope.tx, event.id)).filter((r) => r.status === 'yes')
          for (const a of attendees) {
            for (const [owner, other] of [
              [event.hostId, a.memberId],
              [a.memberId, event.hostId],
            ] as const) {
              // Keyed by the other too: the host's timelines hold one such entry per attendee.
              await recordPlatformInteraction(scope, owner, other, {
                kind: 'event',
                at: event.startsAt,
                note: event.title,
                dedupeKey: attendanceKey(event.id, other),
              })
            }
          }
        })
      },
    }),
  ]
}
