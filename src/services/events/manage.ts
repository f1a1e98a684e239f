import {
  type CreateEvent,
  DEFAULT_CODE_OF_CONDUCT,
  type UpdateEvent,
} from '../../contracts/events.js'
import { insertEvent, lockEvent, setEventCircles, updateEvent } from '../../db/queries/events.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { accessTo, eventNotFound, hostOnly, stillOpen } from './access.js'
import { scheduleAttendance } from './attendance.js'
import { tellAudience } from './notify.js'
import { fillFreedPlaces } from './waitlist.js'

/** Creates an event for some of the host's circles and invites their members (in the app and by mail). */
export async function createEvent(ctx: ServiceContext, viewer: MemberId, input: CreateEvent) {
  const now = ctx.clock()
  if (Date.parse(input.endsAt) <= now.getTime()) {
    throw new AppError('rule_violation', 'This event would be over already')
  }
  const id = newId()
  return await inTransaction(ctx, async (scope) => {
    await insertEvent(
      scope.tx,
      {
        id,
        hostId: viewer,
        title: input.title,
        description: input.description ?? '',
        place: input.place ?? '',
        onlineUrl: input.onlineUrl ?? null,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        timeZone: input.timeZone,
        capacity: input.capacity,
        codeOfConduct: input.codeOfConduct ?? DEFAULT_CODE_OF_CONDUCT,
        createdAt: now,
        updatedAt: now,
      },
      input.circles,
    )
    const event = await lockEvent(scope.tx, id)
    if (event === null) throw new Error('event not stored')
    await tellAudience(scope, event, 'invited', now)
    await scheduleAttendance(scope, event)
    return { id }
  })
}

/** The host changes the event; invitees are told, and calendars get the next SEQUENCE. */
export async function editEvent(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  input: UpdateEvent,
) {
  const now = ctx.clock()
  await inTransaction(ctx, async (scope) => {
    const locked = await lockEvent(scope.tx, id)
    if (locked === null) throw eventNotFound()
    const event = hostOnly(await accessTo(scope.tx, viewer, locked))
    stillOpen(event, now)
    const startsAt = input.startsAt === undefined ? event.startsAt : new Date(input.startsAt)
    const endsAt = input.endsAt === undefined ? event.endsAt : new Date(input.endsAt)
    if (endsAt <= startsAt) {
      throw new AppError('validation', 'The end must be after the start', {
        errors: [{ path: 'endsAt', message: '`endsAt` must be after `startsAt`' }],
      })
    }
    const { circles, onlineUrl, ...fields } = input
    await updateEvent(scope.tx, id, {
      ...fields,
      ...(onlineUrl === undefined ? {} : { onlineUrl }),
      startsAt,
      endsAt,
      sequence: event.sequence + 1,
      updatedAt: now,
    })
    if (circles !== undefined) await setEventCircles(scope.tx, id, circles)
    const updated = await lockEvent(scope.tx, id)
    if (updated === null) throw eventNotFound()
    // More places, or fewer taken: the waitlist moves.
    await fillFreedPlaces(scope, updated, now)
    await tellAudience(scope, updated, 'updated', now)
    if (updated.endsAt.getTime() !== event.endsAt.getTime())
      await scheduleAttendance(scope, updated)
  })
  return { id }
}

/** The host cancels: invitees are told in the app and by a METHOD:CANCEL mail. */
export async function cancelEvent(ctx: ServiceContext, viewer: MemberId, id: string) {
  const now = ctx.clock()
  await inTransaction(ctx, async (scope) => {
    const locked = await lockEvent(scope.tx, id)
    if (locked === null) throw eventNotFound()
    const event = hostOnly(await accessTo(scope.tx, viewer, locked))
    stillOpen(event, now)
    await updateEvent(scope.tx, id, {
      status: 'cancelled',
      sequence: event.sequence + 1,
      updatedAt: now,
    })
    const cancelled = await lockEvent(scope.tx, id)
    if (cancelled === null) throw eventNotFound()
    await tellAudience(scope, cancelled, 'cancelled', now)
  })
  return { id }
}
