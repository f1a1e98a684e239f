import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { contacts } from '../schema/contacts.js'
import {
  eventCircles,
  eventMailings,
  eventNotices,
  eventReports,
  eventRsvps,
  events,
} from '../schema/events.js'
import { members } from '../schema/members.js'
import { insertInChunks } from './bulk.js'

export type EventRow = typeof events.$inferSelect
export type RsvpRow = typeof eventRsvps.$inferSelect
export type ReportRow = typeof eventReports.$inferSelect
export type NoticeKind = (typeof eventNotices.$inferInsert)['kind']

export async function insertEvent(db: Db, row: typeof events.$inferInsert, circles: string[]) {
  await db.insert(events).values(row)
  await setEventCircles(db, row.id, circles)
}

export async function setEventCircles(db: Db, eventId: string, circles: string[]) {
  await db.delete(eventCircles).where(eq(eventCircles.eventId, eventId))
  const unique = [...new Set(circles)]
  if (unique.length > 0) {
    await db.insert(eventCircles).values(unique.map((circle) => ({ eventId, circle })))
  }
}

export async function findEvent(db: Db, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id))
  return row ?? null
}

/** The event, locked until the caller's transaction ends: answers and changes take turns. */
export async function lockEvent(db: Db, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id)).for('update')
  return row ?? null
}

export async function updateEvent(
  db: Db,
  id: string,
  patch: Partial<Omit<typeof events.$inferInsert, 'id'>>,
) {
  await db.update(events).set(patch).where(eq(events.id, id))
}

export async function circlesOfEvent(db: Db, eventId: string): Promise<string[]> {
  const rows = await db
    .select({ circle: eventCircles.circle })
    .from(eventCircles)
    .where(eq(eventCircles.eventId, eventId))
    .orderBy(asc(eventCircles.circle))
  return rows.map((r) => r.circle)
}

export interface Invitee {
  memberId: string
  email: string
  name: string
}

/** The members among the host's contacts in any of the circles (never the host). */
export async function membersInCircles(
  db: Db,
  hostId: string,
  circles: string[],
): Promise<Invitee[]> {
  if (circles.length === 0) return []
  const rows = await db
    .selectDistinct({ memberId: members.id, email: members.email, name: members.name })
    .from(contacts)
    .innerJoin(members, eq(members.id, contacts.memberId))
    .where(
      and(
        eq(contacts.ownerId, hostId),
        isNotNull(contacts.memberId),
        isNull(contacts.archivedAt),
        sql`${contacts.circles} && ${sql`array[${sql.join(
          circles.map((c) => sql`${c}`),
          sql`, `,
        )}]::text[]`}`,
        sql`${members.id} <> ${hostId}`,
      ),
    )
    .orderBy(asc(members.name), asc(members.id))
  return rows
}

/** Whether the member is among the event's invitees as its circles stand now. */
export async function isInCircles(db: Db, event: EventRow, memberId: string): Promise<boolean> {
  const circles = await circlesOfEvent(db, event.id)
  if (circles.length === 0) return false
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.ownerId, event.hostId),
        eq(contacts.memberId, memberId),
        isNull(contacts.archivedAt),
        sql`${contacts.circles} && ${sql`array[${sql.join(
          circles.map((c) => sql`${c}`),
          sql`, `,
        )}]::text[]`}`,
      ),
    )
    .limit(1)
  return rows.length > 0
}

export async function findRsvp(db: Db, eventId: string, memberId: string): Promise<RsvpRow | null> {
  const [row] = await db
    .select()
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.memberId, memberId)))
  return row ?? null
}

export async function upsertRsvp(db: Db, row: typeof eventRsvps.$inferInsert) {
  await db
    .insert(eventRsvps)
    .values(row)
    .onConflictDoUpdate({
      target: [eventRsvps.eventId, eventRsvps.memberId],
      set: {
        status: row.status,
        codeAcceptedAt: row.codeAcceptedAt ?? null,
        waitlistedAt: row.waitlistedAt ?? null,
        offerExpiresAt: row.offerExpiresAt ?? null,
        answeredAt: row.answeredAt,
        ...(row.listed === undefined ? {} : { listed: row.listed }),
      },
    })
}

export async function rsvpsOf(db: Db, eventId: string): Promise<RsvpRow[]> {
  return await db
    .select()
    .from(eventRsvps)
    .where(eq(eventRsvps.eventId, eventId))
    .orderBy(asc(eventRsvps.answeredAt), asc(eventRsvps.memberId))
}

/** The first who waits: the earliest to have been put on the waitlist. */
export async function firstWaiting(db: Db, eventId: string): Promise<RsvpRow | null> {
  const [row] = await db
    .select()
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.status, 'waitlisted')))
    .orderBy(asc(eventRsvps.waitlistedAt), asc(eventRsvps.memberId))
    .limit(1)
  return row ?? null
}

/** Places taken: those who said yes and those who hold an offer. */
export async function placesTaken(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), inArray(eventRsvps.status, ['yes', 'offered'])))
  return row?.n ?? 0
}

export async function setListed(db: Db, eventId: string, memberId: string, listed: boolean) {
  await db
    .update(eventRsvps)
    .set({ listed })
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.memberId, memberId)))
}

/** Events the member hosts or has answered, and the events of circles they are in. */
export async function eventsHostedBy(db: Db, hostId: string): Promise<EventRow[]> {
  return await db
    .select()
    .from(events)
    .where(eq(events.hostId, hostId))
    .orderBy(desc(events.startsAt))
}

/** Events whose host has the member in one of the event's circles. */
export async function eventsInvitingMember(db: Db, memberId: string): Promise<EventRow[]> {
  const rows = await db
    .selectDistinct({ event: events })
    .from(events)
    .innerJoin(eventCircles, eq(eventCircles.eventId, events.id))
    .innerJoin(
      contacts,
      and(
        eq(contacts.ownerId, events.hostId),
        eq(contacts.memberId, memberId),
        isNull(contacts.archivedAt),
        sql`${eventCircles.circle} = any(${contacts.circles})`,
      ),
    )
  return rows.map((r) => r.event)
}

export async function rsvpsOfMember(db: Db, memberId: string): Promise<RsvpRow[]> {
  return await db.select().from(eventRsvps).where(eq(eventRsvps.memberId, memberId))
}

export async function insertNotices(
  db: Db,
  rows: { id: string; eventId: string; memberId: string; kind: NoticeKind; createdAt: Date }[],
) {
  if (rows.length > 0) await db.insert(eventNotices).values(rows)
}

export async function noticesOf(db: Db, memberId: string) {
  return await db
    .select({
      id: eventNotices.id,
      eventId: eventNotices.eventId,
      eventTitle: events.title,
      kind: eventNotices.kind,
      createdAt: eventNotices.createdAt,
    })
    .from(eventNotices)
    .innerJoin(events, eq(events.id, eventNotices.eventId))
    .where(eq(eventNotices.memberId, memberId))
    .orderBy(desc(eventNotices.createdAt), desc(eventNotices.id))
    .limit(100)
}

export async function mailedFor(db: Db, eventId: string, sequence: number): Promise<Set<string>> {
  const rows = await db
    .select({ memberId: eventMailings.memberId })
    .from(eventMailings)
    .where(and(eq(eventMailings.eventId, eventId), eq(eventMailings.sequence, sequence)))
  return new Set(rows.map((r) => r.memberId))
}

export async function markMailedFor(
  db: Db,
  eventId: string,
  memberId: string,
  sequence: number,
  at: Date,
) {
  await db
    .insert(eventMailings)
    .values({ eventId, memberId, sequence, mailedAt: at })
    .onConflictDoNothing()
}

export async function insertReport(db: Db, row: typeof eventReports.$inferInsert) {
  await db.insert(eventReports).values(row)
}

export async function reportsOf(db: Db, eventId: string): Promise<ReportRow[]> {
  return await db
    .select()
    .from(eventReports)
    .where(eq(eventReports.eventId, eventId))
    .orderBy(asc(eventReports.createdAt), asc(eventReports.id))
}

export async function lockReport(db: Db, id: string): Promise<ReportRow | null> {
  const [row] = await db.select().from(eventReports).where(eq(eventReports.id, id)).for('update')
  return row ?? null
}

export async function updateReport(
  db: Db,
  id: string,
  patch: Partial<Omit<typeof eventReports.$inferInsert, 'id'>>,
) {
  await db.update(eventReports).set(patch).where(eq(eventReports.id, id))
}

/** How many of the member's reports hosts have upheld since `since`. */
export async function upheldReportsAgainst(db: Db, memberId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventReports)
    .where(
      and(
        eq(eventReports.subjectId, memberId),
        eq(eventReports.status, 'upheld'),
        sql`${eventReports.decidedAt} >= ${since.toISOString()}`,
      ),
    )
  return row?.n ?? 0
}

/** Events with their circles, answers and notices at once, as the demo loads them. */
export async function insertEventsBulk(
  db: Db,
  rows: {
    events: (typeof events.$inferInsert)[]
    circles: (typeof eventCircles.$inferInsert)[]
    rsvps: (typeof eventRsvps.$inferInsert)[]
    notices: (typeof eventNotices.$inferInsert)[]
  },
) {
  await insertInChunks(db, events, rows.events)
  await insertInChunks(db, eventCircles, rows.circles)
  await insertInChunks(db, eventRsvps, rows.rsvps)
  await insertInChunks(db, eventNotices, rows.notices)
}
