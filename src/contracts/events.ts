import { z } from 'zod'
import { timestampSchema } from './common.js'
import { howWeMetSchema } from './connections.js'
import { circleNameSchema } from './contacts.js'
import { memberSummarySchema } from './member-summary.js'

export const DEFAULT_CODE_OF_CONDUCT = 'No soliciting: this is for meeting each other'

/** The zones the runtime knows by their IANA names (and UTC), not offsets nor abbreviations. */
const KNOWN_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC'])

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => KNOWN_ZONES.has(zone), {
    message: 'use an IANA time zone such as Europe/Lisbon',
  })

const eventFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  place: z.string().trim().max(300),
  onlineUrl: z.url({ protocol: /^https?$/ }).max(2000),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  timeZone: timeZoneSchema,
  capacity: z.number().int().min(1).max(10_000),
  circles: z.array(circleNameSchema).min(1).max(20),
  codeOfConduct: z.string().trim().min(1).max(2000),
}

function endsAfterStart(e: { startsAt?: string | undefined; endsAt?: string | undefined }) {
  return (
    e.startsAt === undefined ||
    e.endsAt === undefined ||
    Date.parse(e.endsAt) > Date.parse(e.startsAt)
  )
}

function hasAPlace(e: { place?: string | undefined; onlineUrl?: string | undefined }) {
  return (e.place ?? '') !== '' || e.onlineUrl !== undefined
}

export const createEventSchema = z
  .object({
    ...eventFields,
    description: eventFields.description.optional(),
    place: eventFields.place.optional(),
    onlineUrl: eventFields.onlineUrl.optional(),
    codeOfConduct: eventFields.codeOfConduct.optional(),
  })
  .strict()
  .refine(endsAfterStart, { message: '`endsAt` must be after `startsAt`', path: ['endsAt'] })
  .refine(hasAPlace, { message: 'give a place or an online link', path: ['place'] })
  .meta({ id: 'CreateEvent' })
export type CreateEvent = z.output<typeof createEventSchema>

/** What the host changes; the rest stays. `onlineUrl: null` takes the link away. */
export const updateEventSchema = z
  .object({ ...eventFields, onlineUrl: eventFields.onlineUrl.nullable() })
  .partial()
  .strict()
  .refine(endsAfterStart, { message: '`endsAt` must be after `startsAt`', path: ['endsAt'] })
  .meta({ id: 'UpdateEvent' })
export type UpdateEvent = z.output<typeof updateEventSchema>

export const eventCreatedSchema = z.object({ id: z.string() }).meta({ id: 'EventCreated' })

export const rsvpStatusSchema = z
  .enum(['yes', 'no', 'maybe', 'waitlisted', 'offered'])
  .meta({ id: 'RsvpStatus' })
export type RsvpStatus = z.output<typeof rsvpStatusSchema>

export const rsvpSchema = z
  .object({
    status: z.enum(['yes', 'no', 'maybe']),
    acceptCodeOfConduct: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'Rsvp' })
export type RsvpInput = z.output<typeof rsvpSchema>

export const rsvpAnswerSchema = z
  .object({ status: rsvpStatusSchema, offerExpiresAt: z.string().nullable() })
  .meta({ id: 'RsvpAnswer' })
export type RsvpAnswer = z.output<typeof rsvpAnswerSchema>

export const eventStatusSchema = z.enum(['scheduled', 'cancelled']).meta({ id: 'EventStatus' })

export const eventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    place: z.string(),
    onlineUrl: z.string().nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    capacity: z.number().int(),
    codeOfConduct: z.string(),
    status: eventStatusSchema,
    host: memberSummarySchema,
    isHost: z.boolean(),
    /** Places taken (yes and offered); the number waiting. */
    going: z.number().int(),
    waitlisted: z.number().int(),
    /** The viewer's own answer, null before they answer (and for the host). */
    myRsvp: rsvpAnswerSchema.nullable(),
    /** Whether the viewer, as an attendee, lets fellow attendees see them. */
    listed: z.boolean(),
    /** For the host only (null otherwise). */
    circles: z.array(z.string()).nullable(),
  })
  .meta({ id: 'Event' })
export type EventView = z.output<typeof eventSchema>

export const eventSummarySchema = eventSchema
  .pick({
    id: true,
    title: true,
    place: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    status: true,
    isHost: true,
    host: true,
  })
  .extend({ myStatus: rsvpStatusSchema.nullable() })
  .meta({ id: 'EventSummary' })

export const eventListSchema = z
  .object({ items: z.array(eventSummarySchema) })
  .meta({ id: 'EventList' })

export const noticeKindSchema = z
  .enum(['invited', 'updated', 'cancelled', 'offered', 'offer_lapsed', 'removed'])
  .meta({ id: 'EventNoticeKind' })

export const eventNoticeSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventTitle: z.string(),
    kind: noticeKindSchema,
    createdAt: z.string(),
  })
  .meta({ id: 'EventNotice' })

export const eventNoticeListSchema = z
  .object({ items: z.array(eventNoticeSchema) })
  .meta({ id: 'EventNoticeList' })

/** A reason two attendees might meet, said in a few words. */
export const meetReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('mutual'), member: memberSummarySchema }).strict(),
    z.object({ kind: z.literal('same_field'), field: z.string() }).strict(),
    z.object({ kind: z.literal('same_company'), company: z.string() }).strict(),
    z.object({ kind: z.literal('same_city'), city: z.string() }).strict(),
  ])
  .meta({ id: 'MeetReason' })
export type MeetReason = z.output<typeof meetReasonSchema>

export const attendeeSchema = z
  .object({
    member: memberSummarySchema,
    isSelf: z.boolean(),
    reasons: z.array(meetReasonSchema),
    hint: z.string().nullable(),
    /** The host's view only: an attendee who asked not to be listed is shown to the host alone. */
    listed: z.boolean(),
    /**
     * Once the event is over, how the viewer met this attendee, to pre-fill an invitation to
     * connect ("met at <event>"); null before, for oneself, and for those already connected.
     */
    metAt: howWeMetSchema.nullable(),
  })
  .meta({ id: 'Attendee' })
export type AttendeeView = z.output<typeof attendeeSchema>

export const attendeeListSchema = z
  .object({
    items: z.array(attendeeSchema),
    /** For the host only: who waits, in order, and who has been offered a place. */
    waitlist: z.array(
      z.object({
        member: memberSummarySchema,
        status: rsvpStatusSchema,
        offerExpiresAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AttendeeList' })

export const listingSchema = z.object({ listed: z.boolean() }).strict().meta({ id: 'EventListing' })

export const eventMemberParamsSchema = z
  .object({ id: z.string().min(1).max(64), memberId: z.string().min(1).max(64) })
  .strict()

export const createReportSchema = z
  .object({
    subjectId: z.string().min(1).max(64),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .meta({ id: 'CreateEventReport' })
export type CreateReport = z.output<typeof createReportSchema>

export const reportStatusSchema = z
  .enum(['open', 'upheld', 'dismissed'])
  .meta({ id: 'EventReportStatus' })

export const eventReportSchema = z
  .object({
    id: z.string(),
    reporter: memberSummarySchema,
    subject: memberSummarySchema,
    note: z.string(),
    status: reportStatusSchema,
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'EventReport' })

export const eventReportListSchema = z
  .object({ items: z.array(eventReportSchema) })
  .meta({ id: 'EventReportList' })

export const decideReportSchema = z
  .object({ decision: z.enum(['uphold', 'dismiss']) })
  .strict()
  .meta({ id: 'DecideEventReport' })

export const reportParamsSchema = z
  .object({ id: z.string().min(1).max(64), reportId: z.string().min(1).max(64) })
  .strict()

export const reportDecidedSchema = z
  .object({ status: reportStatusSchema })
  .meta({ id: 'EventReportDecided' })
