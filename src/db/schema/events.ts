import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { at } from './columns.js'
import { members } from './members.js'

/**
 * An event a member hosts for some of their circles. `sequence` is the iCalendar SEQUENCE: it
 * rises on every change invitees are told of, so calendars replace the copy they hold.
 */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    hostId: text('host_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url'),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    capacity: integer('capacity').notNull(),
    codeOfConduct: text('code_of_conduct').notNull(),
    status: text('status', { enum: ['scheduled', 'cancelled'] })
      .notNull()
      .default('scheduled'),
    sequence: integer('sequence').notNull().default(0),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('events_host_idx').on(t.hostId, t.startsAt)],
)

/** The host's circles an event is for: its invitees are the members among their contacts in them. */
export const eventCircles = pgTable(
  'event_circles',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    circle: text('circle').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.circle] })],
)

/**
 * One invitee's answer. `yes` and `offered` hold a place; `waitlisted` waits in `waitlistedAt`
 * order; `offered` has until `offerExpiresAt` to take the place; `removed` is the host's decision
 * and ends the member's access to the event.
 */
export const eventRsvps = pgTable(
  'event_rsvps',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    status: text('status', {
      enum: ['yes', 'no', 'maybe', 'waitlisted', 'offered', 'removed'],
    }).notNull(),
    codeAcceptedAt: at('code_accepted_at'),
    /** Whether the attendee lets fellow attendees see them in the list. */
    listed: boolean('listed').notNull().default(true),
    waitlistedAt: at('waitlisted_at'),
    offerExpiresAt: at('offer_expires_at'),
    answeredAt: at('answered_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.memberId] }),
    index('event_rsvps_member_idx').on(t.memberId),
  ],
)

/** What an invitee is told in the app: the event changed, was cancelled, a place is offered… */
export const eventNotices = pgTable(
  'event_notices',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['invited', 'updated', 'cancelled', 'offered', 'offer_lapsed', 'removed'],
    }).notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('event_notices_member_idx').on(t.memberId, t.createdAt)],
)

/**
 * The mail of one version (`sequence`) of an event to one invitee, written once it has gone:
 * a mail job that runs again after a crash skips whom it has mailed.
 */
export const eventMailings = pgTable(
  'event_mailings',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    sequence: integer('sequence').notNull(),
    mailedAt: at('mailed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.memberId, t.sequence] })],
)

/** An attendee's report of another (for soliciting); the host upholds or dismisses it. */
export const eventReports = pgTable(
  'event_reports',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    subjectId: text('subject_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
    status: text('status', { enum: ['open', 'upheld', 'dismissed'] })
      .notNull()
      .default('open'),
    createdAt: at('created_at').notNull(),
    decidedAt: at('decided_at'),
  },
  (t) => [
    index('event_reports_event_idx').on(t.eventId, t.createdAt),
    index('event_reports_subject_idx').on(t.subjectId, t.status),
  ],
)
