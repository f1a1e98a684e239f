import {
  type EventRow,
  findRsvp,
  firstWaiting,
  lockEvent,
  placesTaken,
  upsertRsvp,
} from '../../db/queries/events.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { inTransaction, type TransactionScope, transactionalJob } from '../transaction.js'
import { notice } from './notify.js'

export const OFFER_HOURS = 48
const OFFER_MS = OFFER_HOURS * 3600_000
export const OFFER_EXPIRY_JOB = 'events.offer-expiry'

/**
 * Offers each free place to the first who waits, for 48 hours; the offer holds the place. Runs
 * in the transaction that freed the places, with the event locked.
 */
export async function fillFreedPlaces(scope: TransactionScope, event: EventRow, now: Date) {
  if (event.status === 'cancelled' || event.endsAt <= now) return
  let taken = await placesTaken(scope.tx, event.id)
  while (taken < event.capacity) {
    const next = await firstWaiting(scope.tx, event.id)
    if (next === null) return
    const expiresAt = new Date(now.getTime() + OFFER_MS)
    await upsertRsvp(scope.tx, {
      ...next,
      status: 'offered',
      offerExpiresAt: expiresAt,
      answeredAt: next.answeredAt,
    })
    await notice(scope, event, [next.memberId], 'offered', now)
    await scope.schedule({
      kind: OFFER_EXPIRY_JOB,
      payload: { eventId: event.id, memberId: next.memberId },
      runAt: expiresAt,
      singletonKey: `${OFFER_EXPIRY_JOB}:${event.id}:${next.memberId}:${expiresAt.getTime()}`,
    })
    taken++
  }
}

export function waitlistJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    // An offer not taken in time passes on: its holder is told, and the next who waits is offered
    // the place. Its writes and the job's completion commit together, so it happens once.
    transactionalJob(ctx, {
      kind: OFFER_EXPIRY_JOB,
      run: async (scoped, payload) => {
        const now = scoped.clock()
        // Inside the job's transaction: this scope writes and schedules in it.
        await inTransaction(scoped, async (scope) => {
          const event = await lockEvent(scope.tx, String(payload.eventId))
          if (event === null) return
          const rsvp = await findRsvp(scope.tx, event.id, String(payload.memberId))
          if (rsvp?.status !== 'offered' || rsvp.offerExpiresAt === null) return
          if (rsvp.offerExpiresAt > now) return
          await upsertRsvp(scope.tx, {
            ...rsvp,
            status: 'no',
            offerExpiresAt: null,
            waitlistedAt: null,
            answeredAt: now,
          })
          await notice(scope, event, [rsvp.memberId], 'offer_lapsed', now)
          await fillFreedPlaces(scope, event, now)
        })
      },
    }),
  ]
}
