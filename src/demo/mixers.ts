import { metAtEvent } from '../domain/met-at-event.js'
import { newId } from '../ids.js'
import type { DemoCommunity } from './community.js'
import type { DemoHistory } from './history.js'
import type { DemoConnection, DemoNetwork } from './network.js'
import { SeededRandom } from './random.js'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const QUARTERS = 8
const CIRCLES = ['clients', 'friends', 'partners']
const CODE = 'No soliciting: this is for meeting each other'
/** The two cities of the seeds' connector; both keep Pacific time. */
const CITIES = [
  { city: 'Las Vegas', venue: 'The Cosmopolitan, Las Vegas', offsetDays: 0 },
  { city: 'San Francisco', venue: 'The Battery, San Francisco', offsetDays: 35 },
] as const
const TIME_ZONE = 'America/Los_Angeles'

export interface DemoEvent {
  id: string
  hostId: string
  title: string
  description: string
  place: string
  onlineUrl: null
  startsAt: Date
  endsAt: Date
  timeZone: string
  capacity: number
  codeOfConduct: string
  status: 'scheduled'
  sequence: number
  createdAt: Date
  updatedAt: Date
}

export interface DemoRsvp {
  eventId: string
  memberId: string
  status: 'yes' | 'no' | 'maybe' | 'waitlisted'
  codeAcceptedAt: Date | null
  listed: boolean
  waitlistedAt: Date | null
  offerExpiresAt: null
  answeredAt: Date
}

export interface DemoEventNotice {
  id: string
  eventId: string
  memberId: string
  kind: 'invited' | 'offered'
  createdAt: Date
}

/** One who went, in one timeline: the owner's contact for the other, at the event's start. */
export interface DemoAttendance {
  eventId: string
  ownerId: string
  otherId: string
  contactId: string
  at: Date
  title: string
}

/** Two attendees who asked the host for an introduction after meeting at the event. */
export interface DemoMixerLead {
  requesterId: string
  introducerId: string
  targetId: string
  at: Date
  eventTitle: string
}

export interface DemoMixers {
  events: DemoEvent[]
  circles: { eventId: string; circle: string }[]
  rsvps: DemoRsvp[]
  notices: DemoEventNotice[]
  attendances: DemoAttendance[]
  /** Attendees who connected afterwards, "met at" the event, by an invitation accepted. */
  connections: (DemoConnection & { invitationId: string; note: string; invitedAt: Date })[]
  leads: DemoMixerLead[]
  /** The one still ahead, which invitees can still answer. */
  upcomingId: string | null
}

function quarterOf(at: Date): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
  })
    .format(at)
    .split('-')
  return `Q${Math.floor((Number(month) - 1) / 3) + 1} ${year}`
}

/**
 * The demo login's quarterly client mixers in Las Vegas and San Francisco over the past two
 * years, and the next one ahead: invited from their clients, friends and partners circles, with
 * answers (a yes past capacity waits; a drop-out's place goes to the first who waits), attendance
 * in the host's and each attendee's timelines, attendees who connected "met at" the mixer, and
 * introductions the host was asked for afterwards. Seeded.
 */
export function generateMixers(
  community: DemoCommunity,
  network: DemoNetwork,
  history: DemoHistory,
  seed: number,
  now: Date,
): DemoMixers {
  const random = new SeededRandom(seed * 6_700_417 + 13)
  const out: DemoMixers = {
    events: [],
    circles: [],
    rsvps: [],
    notices: [],
    attendances: [],
    connections: [],
    leads: [],
    upcomingId: null,
  }
  const host = community.members[0]
  if (host === undefined) return out
  const hostContact = new Map<string, string>()
  const contactOfHost = new Map<string, string>()
  for (const c of history.contacts) {
    if (c.ownerId === host.id && c.circles.some((circle) => CIRCLES.includes(circle)))
      hostContact.set(c.memberId, c.id)
    if (c.memberId === host.id) contactOfHost.set(c.ownerId, c.id)
  }
  const invitees = [...hostContact.keys()].filter((id) => contactOfHost.has(id))
  if (invitees.length < 4) return out
  const connected = new Set(network.connections.flatMap(({ a, b }) => [`${a}:${b}`, `${b}:${a}`]))
  const capacity = Math.max(4, Math.round(invitees.length * 0.3))
  const nowMs = now.getTime()
  // Quarters back from the last one; both cities each quarter, then Las Vegas again ahead.
  const starts: { at: number; city: (typeof CITIES)[number] }[] = []
  for (let q = QUARTERS; q >= 1; q--) {
    for (const city of CITIES) {
      starts.push({ at: nowMs - q * 91 * DAY_MS + city.offsetDays * DAY_MS, city })
    }
  }
  const [firstCity] = CITIES
  starts.push({ at: nowMs + 21 * DAY_MS, city: firstCity })
  for (const { at, city } of starts) {
    // The evening in Pacific time: 02:00 UTC the next day is 18:00 in winter, 19:00 in summer.
    const day = new Date(at)
    const startsAt = new Date(
      Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1, 2),
    )
    const event: DemoEvent = {
      id: newId(),
      hostId: host.id,
      title: `${quarterOf(startsAt)} client mixer, ${city.city}`,
      description: 'For my friends, clients and business partners to meet each other.',
      place: city.venue,
      onlineUrl: null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * HOUR_MS),
      timeZone: TIME_ZONE,
      capacity,
      codeOfConduct: CODE,
      status: 'scheduled',
      sequence: 0,
      createdAt: new Date(startsAt.getTime() - 30 * DAY_MS),
      updatedAt: new Date(startsAt.getTime() - 30 * DAY_MS),
    }
    out.events.push(event)
    for (const circle of CIRCLES) out.circles.push({ eventId: event.id, circle })
    for (const memberId of invitees) {
      out.notices.push({
        id: newId(),
        eventId: event.id,
        memberId,
        kind: 'invited',
        createdAt: event.createdAt,
      })
    }
    const past = event.endsAt.getTime() <= nowMs
    if (!past) out.upcomingId = event.id
    const going = answer(event, invitees, past, random, out, nowMs)
    if (!past) continue
    for (const memberId of going) {
      for (const [ownerId, otherId, contactId] of [
        [host.id, memberId, hostContact.get(memberId)],
        [memberId, host.id, contactOfHost.get(memberId)],
      ] as const) {
        if (contactId === undefined) continue
        out.attendances.push({
          eventId: event.id,
          ownerId,
          otherId,
          contactId,
          at: startsAt,
          title: event.title,
        })
      }
    }
    meet(event, going, connected, random, out)
  }
  return out
}

/**
 * The invitees' answers in the month before the event, in the order they came: a yes past
 * capacity waits; a yes who drops out before a past event frees a place the first who waits
 * takes. Returns who was going in the end.
 */
function answer(
  event: DemoEvent,
  invitees: string[],
  past: boolean,
  random: SeededRandom,
  out: DemoMixers,
  nowMs: number,
): string[] {
  const opened = event.createdAt.getTime()
  const answers = invitees
    .map((memberId) => ({
      memberId,
      at: opened + random.int(1, 27 * 24) * HOUR_MS,
      status: random.weighted<DemoRsvp['status'] | null>([
        ['yes', 45],
        ['maybe', 10],
        ['no', 20],
        [null, 25],
      ]),
    }))
    .filter((a) => a.status !== null && a.at < nowMs)
    .sort((x, y) => x.at - y.at)
  const rows: DemoRsvp[] = []
  let taken = 0
  for (const a of answers) {
    const full = a.status === 'yes' && taken >= event.capacity
    if (a.status === 'yes' && !full) taken++
    const answeredAt = new Date(a.at)
    rows.push({
      eventId: event.id,
      memberId: a.memberId,
      status: full ? 'waitlisted' : (a.status ?? 'no'),
      codeAcceptedAt: a.status === 'yes' ? answeredAt : null,
      listed: random.chance(0.9),
      waitlistedAt: full ? answeredAt : null,
      offerExpiresAt: null,
      answeredAt,
    })
  }
  if (past) {
    // A few drop out the week before; each place goes to the first who waits, who takes it.
    const dropAt = new Date(event.startsAt.getTime() - 7 * DAY_MS)
    for (const row of rows.filter((r) => r.status === 'yes')) {
      if (!random.chance(0.08)) continue
      row.status = 'no'
      row.answeredAt = dropAt
      const next = rows.find((r) => r.status === 'waitlisted')
      if (next === undefined) continue
      next.status = 'yes'
      next.waitlistedAt = null
      next.answeredAt = new Date(dropAt.getTime() + 5 * HOUR_MS)
      out.notices.push({
        id: newId(),
        eventId: event.id,
        memberId: next.memberId,
        kind: 'offered',
        createdAt: dropAt,
      })
    }
  }
  out.rsvps.push(...rows)
  return rows.filter((r) => r.status === 'yes').map((r) => r.memberId)
}

/**
 * After a mixer, some attendees who met there connect (an invitation "met at" it, accepted), and
 * a few ask the host to introduce them to someone they only saw across the room.
 */
function meet(
  event: DemoEvent,
  going: string[],
  connected: Set<string>,
  random: SeededRandom,
  out: DemoMixers,
) {
  if (going.length < 2) return
  const howWeMet = metAtEvent(event)
  const pairs = Math.ceil(going.length / 4)
  for (let k = 0; k < pairs; k++) {
    const a = random.pick(going)
    const b = random.pick(going)
    if (a === b || connected.has(`${a}:${b}`)) continue
    connected.add(`${a}:${b}`)
    connected.add(`${b}:${a}`)
    const since = new Date(event.endsAt.getTime() + random.int(12, 120) * HOUR_MS)
    out.connections.push({
      a,
      b,
      howWeMet,
      since,
      invitationId: newId(),
      note: `Good to meet you at ${event.title}.`,
      invitedAt: new Date(since.getTime() - random.int(2, 30) * HOUR_MS),
    })
  }
  for (let k = random.int(1, 2); k > 0; k--) {
    const requesterId = random.pick(going)
    const targetId = random.pick(going)
    if (requesterId === targetId || connected.has(`${requesterId}:${targetId}`)) continue
    out.leads.push({
      requesterId,
      introducerId: event.hostId,
      targetId,
      at: new Date(event.endsAt.getTime() + random.int(2, 10) * DAY_MS),
      eventTitle: event.title,
    })
  }
}
