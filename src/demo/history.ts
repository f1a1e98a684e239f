import type { OutcomeKind } from '../domain/network-health.js'
import type { InteractionIntent, InteractionKind } from '../domain/relationship.js'
import { newId } from '../ids.js'
import type { DemoCommunity, DemoMember } from './community.js'
import type { DemoConnection, DemoNetwork } from './network.js'
import { SeededRandom } from './random.js'

export interface DemoContact {
  id: string
  ownerId: string
  memberId: string
  name: string
  company: string | null
  title: string | null
  howMet: string
  howMetNote: string | null
  since: Date
  circles: string[]
  source: 'platform'
  createdAt: Date
}

export interface DemoInteraction {
  ownerId: string
  contactId: string
  kind: InteractionKind
  at: Date
  intent: InteractionIntent | null
  by: 'member' | 'contact' | null
  source: string
  note: string | null
  dedupeKey: string
}

export interface DemoOutcome {
  id: string
  ownerId: string
  contactId: string
  kind: OutcomeKind
  at: Date
  note: string | null
}

export interface DemoHistory {
  contacts: DemoContact[]
  interactions: DemoInteraction[]
  outcomes: DemoOutcome[]
}

/** How a relationship has gone, seen from the featured member's side. */
export type HistoryPattern =
  | 'dormant'
  | 'non_responder'
  | 'one_way_asker'
  | 'strong'
  | 'client'
  | 'ordinary'

const PATTERNS: readonly (readonly [HistoryPattern, number])[] = [
  ['dormant', 0.25],
  ['non_responder', 0.12],
  ['one_way_asker', 0.1],
  ['strong', 0.18],
  ['client', 0.15],
  ['ordinary', 0.2],
]

/** Members with full histories: the demo login and the first few dozen others. */
export const FEATURED_MEMBERS = 60

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

interface Event {
  kind: InteractionKind
  at: Date
  intent?: InteractionIntent
  /** Who acted, from side A: 'a' or 'b'; shared events leave it out. */
  by?: 'a' | 'b'
  note?: string
}

/** The same event from B's side: sent becomes received, an introduction made becomes received. */
function mirrored(e: Event): Event {
  const swap: Partial<Record<InteractionKind, InteractionKind>> = {
    message_sent: 'message_received',
    message_received: 'message_sent',
    intro_made: 'intro_received',
    intro_received: 'intro_made',
  }
  const kind = swap[e.kind] ?? e.kind
  const by = e.by === undefined ? undefined : e.by === 'a' ? 'b' : 'a'
  return { ...e, kind, ...(by !== undefined ? { by } : {}) }
}

function current(member: DemoMember) {
  const position = member.positions.find((p) => p.to === null) ?? member.positions[0]
  return { company: position?.company ?? null, title: position?.title ?? null }
}

function noteOf(c: DemoConnection): string | null {
  const how = c.howWeMet
  if (how.kind === 'worked_together' && how.company) return `at ${how.company}`
  if (how.kind === 'met_in_person' && how.place) return `at ${how.place}`
  return how.detail ?? null
}

/**
 * Years of interactions for the featured members' connections, so that strengths, prune
 * suggestions and the health dashboard mean something at once: dormant ties met once years ago,
 * non-responders, one-way askers, strong reciprocal ties and clients in monthly contact. Every
 * event is recorded from both sides (a message sent is the other's message received). Seeded.
 */
export function generateHistory(
  community: DemoCommunity,
  network: DemoNetwork,
  seed: number,
  now: Date,
): DemoHistory {
  const random = new SeededRandom(seed * 104_729 + 7)
  const members = new Map(community.members.map((m) => [m.id, m]))
  const featured = new Set(community.members.slice(0, FEATURED_MEMBERS).map((m) => m.id))
  const history: DemoHistory = { contacts: [], interactions: [], outcomes: [] }
  const nowMs = now.getTime()
  let serial = 0

  const daysAgo = (d: number, jitterHours = 8) =>
    new Date(
      nowMs -
        d * DAY_MS +
        Math.floor(random.next() * jitterHours) * HOUR_MS -
        jitterHours * HOUR_MS,
    )

  for (const connection of network.connections) {
    const aIsFeatured = featured.has(connection.a)
    if (!aIsFeatured && !featured.has(connection.b)) continue
    const [aId, bId] = aIsFeatured ? [connection.a, connection.b] : [connection.b, connection.a]
    const a = members.get(aId)
    const b = members.get(bId)
    if (a === undefined || b === undefined) continue
    const pattern = b.openNetworker ? 'one_way_asker' : random.weighted(PATTERNS)
    const events = eventsFor(pattern, connection, random, daysAgo, nowMs)
    const circles = circlesFor(pattern, random)
    const contactOf = (owner: DemoMember, other: DemoMember, withCircles: string[]) => {
      const contact: DemoContact = {
        id: newId(),
        ownerId: owner.id,
        memberId: other.id,
        name: other.name,
        ...current(other),
        howMet: connection.howWeMet.kind,
        howMetNote: noteOf(connection),
        since: connection.since,
        circles: withCircles,
        source: 'platform',
        createdAt: now,
      }
      history.contacts.push(contact)
      return contact
    }
    const aContact = contactOf(a, b, circles)
    const bContact = contactOf(b, a, pattern === 'strong' ? circles : [])
    for (const e of events) {
      if (e.at.getTime() > nowMs) continue
      for (const [contact, event] of [
        [aContact, e],
        [bContact, mirrored(e)],
      ] as const) {
        serial++
        history.interactions.push({
          ownerId: contact.ownerId,
          contactId: contact.id,
          kind: event.kind,
          at: event.at,
          intent: event.intent ?? null,
          by: event.by === undefined ? null : event.by === 'a' ? 'member' : 'contact',
          source: 'demo',
          note: event.note ?? null,
          dedupeKey: `demo:${serial}`,
        })
      }
    }
    if ((pattern === 'strong' || pattern === 'client') && random.chance(0.35)) {
      const kind = random.weighted<OutcomeKind>([
        ['meeting', 4],
        ['deal', 2],
        ['job', 1],
        ['partnership', 1],
        ['investment', 0.5],
      ])
      const startOfYear = Date.UTC(now.getUTCFullYear(), 0, 1)
      const span = Math.max(1, Math.floor((nowMs - startOfYear) / DAY_MS))
      history.outcomes.push({
        id: newId(),
        ownerId: a.id,
        contactId: aContact.id,
        kind,
        at: daysAgo(random.int(0, span - 1), 0),
        note: null,
      })
    }
  }
  return history
}

function circlesFor(pattern: HistoryPattern, random: SeededRandom): string[] {
  if (pattern === 'client') return ['clients']
  if (pattern === 'strong') return [random.pick(['friends', 'partners', 'partners'])]
  return []
}

function eventsFor(
  pattern: HistoryPattern,
  connection: DemoConnection,
  random: SeededRandom,
  daysAgo: (d: number, jitterHours?: number) => Date,
  nowMs: number,
): Event[] {
  const sinceDays = Math.max(1, Math.floor((nowMs - connection.since.getTime()) / DAY_MS))
  const reply = (at: Date, hours: number): Date => new Date(at.getTime() + hours * HOUR_MS)
  const events: Event[] = []
  switch (pattern) {
    case 'dormant': {
      // Met once, years ago, nothing since.
      const at = new Date(connection.since)
      events.push({ kind: random.chance(0.5) ? 'event' : 'meeting', at })
      if (random.chance(0.4)) events.push({ kind: 'message_sent', at: reply(at, 20) })
      return events
    }
    case 'non_responder': {
      const count = random.int(4, 8)
      for (let i = 0; i < count; i++) {
        events.push({ kind: 'message_sent', at: daysAgo(60 + i * random.int(45, 80)) })
      }
      if (random.chance(0.5)) events.push({ kind: 'message_received', at: daysAgo(50) })
      return events
    }
    case 'one_way_asker': {
      const asks = random.int(3, 6)
      for (let i = 0; i < asks; i++) {
        const at = daysAgo(20 + i * random.int(40, 90))
        events.push({
          kind: 'message_received',
          at,
          intent: 'ask',
          note: random.pick([
            'Could you introduce me to your contact at the bank?',
            'Would you refer me for the open role?',
            'Can you take a look at our product?',
          ]),
        })
        if (random.chance(0.5))
          events.push({ kind: 'message_sent', at: reply(at, random.int(2, 30)) })
        if (random.chance(0.5)) events.push({ kind: 'favor_asked', at: reply(at, 1), by: 'b' })
      }
      return events
    }
    case 'strong': {
      const years = Math.min(6, Math.max(1, Math.floor(sinceDays / 365)))
      for (let d = random.int(5, 40); d < years * 365; d += random.int(45, 75)) {
        events.push({ kind: random.chance(0.6) ? 'meeting' : 'call', at: daysAgo(d) })
        const at = daysAgo(d + 3)
        const fromA = random.chance(0.5)
        events.push({ kind: fromA ? 'message_sent' : 'message_received', at })
        events.push({
          kind: fromA ? 'message_received' : 'message_sent',
          at: reply(at, random.int(1, 20)),
        })
        if (random.chance(0.15))
          events.push({
            kind: 'favor_given',
            at: daysAgo(d + 1),
            by: random.chance(0.5) ? 'a' : 'b',
          })
        if (random.chance(0.1))
          events.push({
            kind: random.chance(0.5) ? 'intro_made' : 'intro_received',
            at: daysAgo(d + 2),
          })
      }
      return events
    }
    case 'client': {
      const lastDays = random.int(10, 75)
      for (let d = lastDays, i = 0; i < 24; d += random.int(25, 35), i++) {
        events.push({ kind: random.chance(0.5) ? 'call' : 'meeting', at: daysAgo(d) })
        if (random.chance(0.5)) {
          const at = daysAgo(d + 5)
          events.push({ kind: 'message_sent', at })
          events.push({ kind: 'message_received', at: reply(at, random.int(2, 40)) })
        }
      }
      if (random.chance(0.4))
        events.push({ kind: 'referral', at: daysAgo(random.int(30, 300)), by: 'a' })
      return events
    }
    case 'ordinary': {
      const count = random.int(2, 8)
      for (let i = 0; i < count; i++) {
        const at = daysAgo(random.int(30, Math.min(3 * 365, sinceDays + 30)))
        const fromA = random.chance(0.6)
        events.push({ kind: fromA ? 'message_sent' : 'message_received', at })
        if (random.chance(0.8)) {
          events.push({
            kind: fromA ? 'message_received' : 'message_sent',
            at: reply(at, random.int(3, 60)),
          })
        }
      }
      return events
    }
  }
}
