import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { EventRow, RsvpRow } from '../../db/queries/events.js'
import { findMemberById } from '../../db/queries/members.js'
import {
  type CalendarAttendee,
  type CalendarEvent,
  type CalendarMethod,
  calendarObject,
} from '../../domain/calendar/icalendar.js'
import type { MemberId } from '../../ids.js'
import { publicBaseUrl } from '../accounts/index.js'
import type { ServiceContext } from '../context.js'
import { visibleEvent } from './access.js'

/** A UID that stays the event's through every change, on any host name the instance is served at. */
export function uidOf(config: Config, event: EventRow): string {
  return `event-${event.id}@${new URL(publicBaseUrl(config)).hostname}`
}

export async function calendarEventOf(
  db: Db,
  config: Config,
  event: EventRow,
): Promise<CalendarEvent> {
  const host = await findMemberById(db, event.hostId)
  return {
    uid: uidOf(config, event),
    sequence: event.sequence,
    // The time of this version, the same in every copy of it.
    stamp: event.updatedAt,
    start: event.startsAt,
    end: event.endsAt,
    timeZone: event.timeZone,
    summary: event.title,
    description: [event.description, `Code of conduct: ${event.codeOfConduct}`]
      .filter((s) => s !== '')
      .join('\n\n'),
    location: event.place !== '' ? event.place : (event.onlineUrl ?? ''),
    url: `${publicBaseUrl(config)}/events/${event.id}`,
    cancelled: event.status === 'cancelled',
    organizer: { name: host?.name ?? 'Host', email: host?.email ?? 'no-reply@invalid' },
  }
}

export function partstatOf(rsvp: RsvpRow | null): CalendarAttendee['partstat'] {
  switch (rsvp?.status) {
    case 'yes':
      return 'ACCEPTED'
    case 'no':
      return 'DECLINED'
    case 'maybe':
    case 'waitlisted':
    case 'offered':
      return 'TENTATIVE'
    default:
      return 'NEEDS-ACTION'
  }
}

export function iTipMessage(
  method: CalendarMethod,
  event: CalendarEvent,
  attendee: CalendarAttendee,
): string {
  return calendarObject(method, event, [attendee])
}

/** The event's calendar file (METHOD:PUBLISH) for whoever may see the event: no attendee in it. */
export async function eventCalendarFile(ctx: ServiceContext, viewer: MemberId | null, id: string) {
  const { event } = await visibleEvent(ctx.db, viewer, id)
  return calendarObject('PUBLISH', await calendarEventOf(ctx.db, ctx.config, event))
}
