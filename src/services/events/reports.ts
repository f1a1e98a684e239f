import type { CreateReport } from '../../contracts/events.js'
import {
  findRsvp,
  insertReport,
  lockEvent,
  lockReport,
  reportsOf,
  updateReport,
  upsertRsvp,
} from '../../db/queries/events.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { inTransaction } from '../transaction.js'
import { accessTo, eventNotFound, hostOnly, isAttendee, visibleEvent } from './access.js'
import { notice } from './notify.js'
import { fillFreedPlaces } from './waitlist.js'

const UNKNOWN = { name: '', headline: '', company: null, title: null }

/** An attendee reports another attendee for soliciting; only the host learns of it. */
export async function reportAttendee(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  input: CreateReport,
) {
  const access = await visibleEvent(ctx.db, viewer, id)
  if (!isAttendee(access)) {
    throw new AppError('forbidden', 'Only those going can report someone going')
  }
  if (input.subjectId === viewer) throw new AppError('rule_violation', 'You cannot report yourself')
  const subject = await findRsvp(ctx.db, id, input.subjectId)
  const subjectIsHere = subject?.status === 'yes' || subject?.status === 'removed'
  if (!subjectIsHere && input.subjectId !== access.event.hostId) {
    throw new AppError('not_found', 'That member is not going to this event')
  }
  const reportId = newId()
  await insertReport(ctx.db, {
    id: reportId,
    eventId: id,
    reporterId: viewer,
    subjectId: input.subjectId,
    note: input.note ?? '',
    createdAt: ctx.clock(),
  })
  return { id: reportId }
}

export async function eventReports(ctx: ServiceContext, viewer: MemberId, id: string) {
  hostOnly(await visibleEvent(ctx.db, viewer, id))
  const rows = await reportsOf(ctx.db, id)
  const people = await summariesOf(ctx, [
    ...new Set(rows.flatMap((r) => [r.reporterId, r.subjectId])),
  ])
  return {
    items: rows.map((r) => ({
      id: r.id,
      reporter: people.get(r.reporterId) ?? { id: r.reporterId, ...UNKNOWN },
      subject: people.get(r.subjectId) ?? { id: r.subjectId, ...UNKNOWN },
      note: r.note,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
  }
}

/**
 * The host upholds or dismisses a report. An upheld report lowers the member's standing, which
 * lowers their limits for message and introduction requests (see `standing.ts`).
 */
export async function decideReport(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  reportId: string,
  decision: 'uphold' | 'dismiss',
) {
  const now = ctx.clock()
  return await inTransaction(ctx, async ({ tx }) => {
    const locked = await lockEvent(tx, id)
    if (locked === null) throw eventNotFound()
    hostOnly(await accessTo(tx, viewer, locked))
    const report = await lockReport(tx, reportId)
    if (report === null || report.eventId !== id) throw new AppError('not_found', 'No such report')
    if (report.status !== 'open') throw new AppError('conflict', 'This report was decided already')
    const status = decision === 'uphold' ? ('upheld' as const) : ('dismissed' as const)
    await updateReport(tx, reportId, { status, decidedAt: now })
    return { status }
  })
}

/**
 * The host takes someone off the list. They are told only that they are no longer on it, lose
 * the event, and their place goes to the first who waits.
 */
export async function removeFromEvent(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  memberId: string,
) {
  const now = ctx.clock()
  await inTransaction(ctx, async (scope) => {
    const locked = await lockEvent(scope.tx, id)
    if (locked === null) throw eventNotFound()
    const event = hostOnly(await accessTo(scope.tx, viewer, locked))
    if (memberId === viewer) throw new AppError('rule_violation', 'You host this event')
    const rsvp = await findRsvp(scope.tx, id, memberId)
    if (rsvp?.status === 'removed') return
    await upsertRsvp(scope.tx, {
      eventId: id,
      memberId,
      status: 'removed',
      codeAcceptedAt: rsvp?.codeAcceptedAt ?? null,
      waitlistedAt: null,
      offerExpiresAt: null,
      answeredAt: now,
    })
    await notice(scope, event, [memberId], 'removed', now)
    await fillFreedPlaces(scope, event, now)
  })
  return { id }
}
