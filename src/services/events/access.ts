import type { Db } from '../../db/client.js'
import {
  type EventRow,
  findEvent,
  findRsvp,
  isInCircles,
  type RsvpRow,
} from '../../db/queries/events.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'

export function eventNotFound(): AppError {
  return new AppError('not_found', 'No such event')
}

export interface EventAccess {
  event: EventRow
  isHost: boolean
  rsvp: RsvpRow | null
}

/**
 * The event if the viewer may see it: its host, an invitee (a member among the host's contacts in
 * one of its circles), or someone who has answered and was not removed. Anyone else, the operator
 * included, learns nothing, not even that it exists.
 */
export async function visibleEvent(
  db: Db,
  viewer: MemberId | null,
  id: string,
): Promise<EventAccess> {
  if (viewer === null) throw new AppError('unauthenticated', 'Sign in to see this event')
  const event = await findEvent(db, id)
  if (event === null) throw eventNotFound()
  return await accessTo(db, viewer, event)
}

/** The same rule for an event already read (and perhaps locked) by the caller. */
export async function accessTo(db: Db, viewer: MemberId, event: EventRow): Promise<EventAccess> {
  if (event.hostId === viewer) return { event, isHost: true, rsvp: null }
  const rsvp = await findRsvp(db, event.id, viewer)
  if (rsvp?.status === 'removed') throw eventNotFound()
  if (rsvp === null && !(await isInCircles(db, event, viewer))) throw eventNotFound()
  return { event, isHost: false, rsvp }
}

/** The event if the viewer hosts it; 404 for anyone else, as for an event they cannot see. */
export function hostOnly(access: EventAccess): EventRow {
  if (!access.isHost) throw eventNotFound()
  return access.event
}

export function stillOpen(event: EventRow, now: Date): void {
  if (event.status === 'cancelled') throw new AppError('conflict', 'This event was cancelled')
  if (event.endsAt <= now) throw new AppError('conflict', 'This event is over')
}

/** Attendees: those who said yes. */
export function isAttendee(access: EventAccess): boolean {
  return access.rsvp?.status === 'yes'
}
