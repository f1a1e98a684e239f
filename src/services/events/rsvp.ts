import type { RsvpAnswer, RsvpInput, RsvpStatus } from '../../contracts/events.js'
import { lockEvent, placesTaken, setListed, upsertRsvp } from '../../db/queries/events.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { accessTo, eventNotFound, stillOpen } from './access.js'
import { fillFreedPlaces } from './waitlist.js'

const HOLDS_A_PLACE: ReadonlySet<string> = new Set(['yes', 'offered'])

/**
 * An invitee's answer. A yes needs the code of conduct accepted; past capacity it waits its
 * turn; giving up a place (or an offer) offers it to the first who waits.
 */
export async function answerEvent(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  input: RsvpInput,
): Promise<RsvpAnswer> {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const locked = await lockEvent(scope.tx, id)
    if (locked === null) throw eventNotFound()
    const { event, isHost, rsvp } = await accessTo(scope.tx, viewer, locked)
    if (isHost) throw new AppError('conflict', 'You host this event')
    stillOpen(event, now)
    if (input.status === 'yes' && input.acceptCodeOfConduct !== true) {
      throw new AppError('rule_violation', 'Accept the code of conduct to say yes', {
        errors: [{ path: 'acceptCodeOfConduct', message: event.codeOfConduct }],
      })
    }
    const previous = rsvp?.status ?? null
    let status: RsvpStatus = input.status
    let waitlistedAt: Date | null = null
    if (input.status === 'yes') {
      if (previous === 'yes' || previous === 'offered') status = 'yes'
      else if (previous === 'waitlisted') {
        status = 'waitlisted'
        waitlistedAt = rsvp?.waitlistedAt ?? now
      } else if ((await placesTaken(scope.tx, id)) < event.capacity) status = 'yes'
      else {
        status = 'waitlisted'
        waitlistedAt = now
      }
    }
    await upsertRsvp(scope.tx, {
      eventId: id,
      memberId: viewer,
      status,
      codeAcceptedAt:
        input.status === 'yes' ? (rsvp?.codeAcceptedAt ?? now) : (rsvp?.codeAcceptedAt ?? null),
      waitlistedAt,
      offerExpiresAt: null,
      answeredAt: now,
    })
    if (previous !== null && HOLDS_A_PLACE.has(previous) && !HOLDS_A_PLACE.has(status)) {
      await fillFreedPlaces(scope, event, now)
    }
    return { status, offerExpiresAt: null }
  })
}

/** An attendee chooses whether fellow attendees see them in the list. */
export async function setListing(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  listed: boolean,
) {
  await inTransaction(ctx, async ({ tx }) => {
    const locked = await lockEvent(tx, id)
    if (locked === null) throw eventNotFound()
    const { rsvp, isHost } = await accessTo(tx, viewer, locked)
    if (isHost || rsvp === null) {
      throw new AppError('conflict', 'Answer the invitation first')
    }
    await setListed(tx, id, viewer, listed)
  })
  return { listed }
}
