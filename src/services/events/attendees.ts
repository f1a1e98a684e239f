import type { HowWeMet } from '../../contracts/connections.js'
import type { AttendeeView, MeetReason } from '../../contracts/events.js'
import type { MemberSummary } from '../../contracts/profile.js'
import { findConnection } from '../../db/queries/connections.js'
import { rsvpsOf } from '../../db/queries/events.js'
import { findMembersByIds, positionsOf } from '../../db/queries/members.js'
import { type MeetProfile, profileReasons } from '../../domain/meet-reasons.js'
import { metAtEvent } from '../../domain/met-at-event.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { degreeBetween } from '../network/index.js'
import { isAttendee, visibleEvent } from './access.js'

/** The first reason, in words: "You both know Ana", "Both in fintech". */
export function hintOf(reasons: MeetReason[]): string | null {
  const first = reasons[0]
  if (first === undefined) return null
  switch (first.kind) {
    case 'mutual':
      return `You both know ${first.member.name}`
    case 'same_field':
      return `Both in ${first.field}`
    case 'same_company':
      return `Both worked at ${first.company}`
    case 'same_city':
      return `Both in ${first.city}`
  }
}

async function profilesOf(ctx: ServiceContext, ids: string[]): Promise<Map<string, MeetProfile>> {
  const rows = await findMembersByIds(ctx.db, ids)
  const positions = await positionsOf(ctx.db, ids)
  return new Map(
    rows.map((r) => {
      const own = positions.filter((p) => p.memberId === r.id)
      return [
        r.id,
        {
          headline: r.headline,
          location: r.location,
          titles: own.map((p) => p.title),
          companies: own.map((p) => p.company),
        },
      ]
    }),
  )
}

/**
 * Who is going, for the host and for those who said yes only. Attendees see the attendees who
 * let themselves be listed, each with reasons to meet: mutual connections through the visibility
 * rule (the network's `mutuals`), then what the two profiles share. The host sees everyone and
 * the waitlist.
 */
export async function eventAttendees(ctx: ServiceContext, viewer: MemberId | null, id: string) {
  const access = await visibleEvent(ctx.db, viewer, id)
  if (viewer === null) throw new AppError('unauthenticated', 'Sign in first')
  if (!access.isHost && !isAttendee(access)) {
    throw new AppError('forbidden', 'Only those going see who else is going')
  }
  const rsvps = await rsvpsOf(ctx.db, id)
  const going = rsvps.filter(
    (r) => r.status === 'yes' && (access.isHost || r.listed || r.memberId === viewer),
  )
  const summaries = await summariesOf(
    ctx,
    rsvps.map((r) => r.memberId),
  )
  const profiles = await profilesOf(ctx, [viewer, ...going.map((r) => r.memberId)])
  const mine = profiles.get(viewer)
  const items: AttendeeView[] = []
  for (const r of going) {
    const member = summaries.get(r.memberId)
    if (member === undefined) continue
    const isSelf = r.memberId === viewer
    const reasons: MeetReason[] = []
    let metAt: HowWeMet | null = null
    if (!isSelf) {
      const over = access.event.endsAt <= ctx.clock()
      const connection = await findConnection(ctx.db, viewer, r.memberId)
      if (over && (connection === null || connection.removedAt !== null)) {
        metAt = metAtEvent(access.event)
      }
      const { mutualConnections } = await degreeBetween(ctx, viewer, r.memberId)
      for (const m of mutualConnections.slice(0, 3)) reasons.push({ kind: 'mutual', member: m })
      const theirs = profiles.get(r.memberId)
      if (mine !== undefined && theirs !== undefined) reasons.push(...profileReasons(mine, theirs))
    }
    items.push({ member, isSelf, reasons, hint: hintOf(reasons), listed: r.listed, metAt })
  }
  const waitlist = access.isHost
    ? rsvps
        .filter((r) => r.status === 'waitlisted' || r.status === 'offered')
        .sort((a, b) => (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0))
        .flatMap((r) => {
          const member: MemberSummary | undefined = summaries.get(r.memberId)
          return member === undefined
            ? []
            : [
                {
                  member,
                  status: r.status as 'waitlisted' | 'offered',
                  offerExpiresAt: r.offerExpiresAt?.toISOString() ?? null,
                },
              ]
        })
    : []
  return { items, waitlist }
}
