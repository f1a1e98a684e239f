import type { EventView } from '../../contracts/events.js'
import {
  circlesOfEvent,
  type EventRow,
  eventsHostedBy,
  eventsInvitingMember,
  findEvent,
  noticesOf,
  rsvpsOf,
  rsvpsOfMember,
} from '../../db/queries/events.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { visibleEvent } from './access.js'

const UNKNOWN_HOST = { name: '', headline: '', company: null, title: null }

export async function getEvent(
  ctx: ServiceContext,
  viewer: MemberId | null,
  id: string,
): Promise<EventView> {
  const { event, isHost, rsvp } = await visibleEvent(ctx.db, viewer, id)
  const rsvps = await rsvpsOf(ctx.db, id)
  const host = (await summariesOf(ctx, [event.hostId])).get(event.hostId)
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    place: event.place,
    onlineUrl: event.onlineUrl,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    capacity: event.capacity,
    codeOfConduct: event.codeOfConduct,
    status: event.status,
    host: host ?? { id: event.hostId, ...UNKNOWN_HOST },
    isHost,
    going: rsvps.filter((r) => r.status === 'yes' || r.status === 'offered').length,
    waitlisted: rsvps.filter((r) => r.status === 'waitlisted').length,
    myRsvp:
      rsvp === null || rsvp.status === 'removed'
        ? null
        : { status: rsvp.status, offerExpiresAt: rsvp.offerExpiresAt?.toISOString() ?? null },
    listed: rsvp?.listed ?? true,
    circles: isHost ? await circlesOfEvent(ctx.db, id) : null,
  }
}

/** The events the member hosts or is invited to, soonest last-started first. */
export async function listEvents(ctx: ServiceContext, viewer: MemberId) {
  const hosted = await eventsHostedBy(ctx.db, viewer)
  const invited = await eventsInvitingMember(ctx.db, viewer)
  const mine = new Map((await rsvpsOfMember(ctx.db, viewer)).map((r) => [r.eventId, r]))
  const all = new Map<string, EventRow>()
  for (const e of [...hosted, ...invited]) all.set(e.id, e)
  // Those who answered keep the event even once out of its circles, unless the host removed them.
  for (const r of mine.values()) {
    if (all.has(r.eventId) || r.status === 'removed') continue
    const e = await findEvent(ctx.db, r.eventId)
    if (e !== null) all.set(e.id, e)
  }
  const visible = [...all.values()].filter((e) => mine.get(e.id)?.status !== 'removed')
  const hosts = await summariesOf(ctx, [...new Set(visible.map((e) => e.hostId))])
  visible.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || a.id.localeCompare(b.id))
  return {
    items: visible.map((e) => {
      const status = mine.get(e.id)?.status ?? null
      return {
        id: e.id,
        title: e.title,
        place: e.place,
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        timeZone: e.timeZone,
        status: e.status,
        isHost: e.hostId === viewer,
        host: hosts.get(e.hostId) ?? { id: e.hostId, ...UNKNOWN_HOST },
        myStatus: status === 'removed' ? null : status,
      }
    }),
  }
}

export async function eventNotices(ctx: ServiceContext, viewer: MemberId) {
  const rows = await noticesOf(ctx.db, viewer)
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }
}
