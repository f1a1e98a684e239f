import type { OutcomeKind } from '../domain/network-health.js'
import { newId } from '../ids.js'
import type { DemoCommunity } from './community.js'
import { type DemoHistory, type DemoInteraction, FEATURED_MEMBERS } from './history.js'
import type { DemoMixerLead } from './mixers.js'
import type { DemoNetwork } from './network.js'
import { SeededRandom } from './random.js'

type Status =
  | 'requested'
  | 'forwarded'
  | 'declined_by_introducer'
  | 'declined_by_target'
  | 'accepted'
  | 'expired'

export interface DemoIntroduction {
  id: string
  kind: 'introduction' | 'referral'
  requesterId: string
  introducerId: string
  targetId: string
  valueForTarget: string
  valueForRequester: string
  introducerNote: string | null
  introducerDeclineReason: string | null
  targetDeclineReason: string | null
  status: Status
  silent: boolean
  conversationId: string | null
  /** The demo carries no files: a referral's résumé is not there to download. */
  resumeFile: null
  resumeName: null
  resumeBytes: null
  createdAt: Date
  forwardedAt: Date | null
  decidedAt: Date | null
  expiresAt: Date
}

export interface DemoIntroductionOutcome {
  introductionId: string
  memberId: string
  askedAt: Date
  kind: OutcomeKind | null
  note: string | null
  answeredAt: Date | null
}

export interface DemoIntroductionConversation {
  id: string
  pairKey: null
  origin: 'introduction'
  memberIds: [string, string, string]
  createdAt: Date
  lastMessageAt: Date
}

export interface DemoIntroductions {
  introductions: DemoIntroduction[]
  /** The question of what it led to, asked thirty days after acceptance; most are answered. */
  questions: DemoIntroductionOutcome[]
  /** The answers, as they join each member's outcomes (no contact: the two met through it). */
  outcomes: {
    id: string
    ownerId: string
    contactId: null
    kind: OutcomeKind
    at: Date
    note: string | null
  }[]
  /** Introduction made (or referral) and received, at the acceptance, in the three timelines. */
  interactions: DemoInteraction[]
  conversations: DemoIntroductionConversation[]
  messages: {
    id: string
    conversationId: string
    senderId: string
    body: string
    createdAt: Date
  }[]
}

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const LIFETIME_MS = 14 * DAY_MS
const ASKED_AFTER_MS = 30 * DAY_MS

const VALUES_FOR_TARGET = [
  'I have led two payment platform migrations and can share what went wrong in both.',
  'I run a small team that could take the analytics work your group keeps postponing.',
  'I know the hiring market for data engineers in Lisbon well and can help you staff up.',
  'We have built the integration your customers ask for; it could save you a quarter.',
  'I mentor founders on pricing and could look at your enterprise tier with fresh eyes.',
]
const VALUES_FOR_REQUESTER = [
  'I am looking for advice on moving from engineering into product management.',
  'I would like to understand how your company approaches partnerships in Europe.',
  'I am exploring a move into climate tech and would value twenty minutes of your view.',
  'I am hiring my first sales lead and would learn from how you built your team.',
  'I am looking for a staff engineering role and your team is the one I admire.',
]
const NOTES = [
  'We worked together for three years; I trust their judgement completely.',
  'They helped me out of a hard spot last spring. Worth your time, I promise.',
  'I know you both well and think you will get on: same problems, different angles.',
  'One of the most reliable people I know. I would hire them again tomorrow.',
]
const DECLINE_REASONS = [
  'Not close enough to vouch for this one.',
  'Not the right moment for me.',
  'I am not hiring this quarter.',
]
const THANKS = [
  'Thank you for the introduction! Looking forward to talking.',
  'Thanks, much appreciated. When would suit you for a call?',
]
const REPLIES = [
  'Happy to connect. Does Thursday afternoon work?',
  'Great to meet you. Let us find a time next week.',
]

/** The login's own introductions, so every state can be seen from the first sign-in. */
const LOGIN_PLAN: readonly {
  role: 'requester' | 'introducer' | 'target'
  status: Status
  kind?: 'referral'
}[] = [
  { role: 'requester', status: 'requested' },
  { role: 'requester', status: 'forwarded' },
  { role: 'requester', status: 'accepted' },
  { role: 'requester', status: 'accepted', kind: 'referral' },
  { role: 'requester', status: 'declined_by_introducer' },
  { role: 'requester', status: 'declined_by_target' },
  { role: 'requester', status: 'expired' },
  { role: 'introducer', status: 'requested' },
  { role: 'introducer', status: 'requested', kind: 'referral' },
  { role: 'introducer', status: 'forwarded' },
  { role: 'introducer', status: 'accepted' },
  { role: 'introducer', status: 'accepted' },
  { role: 'introducer', status: 'declined_by_introducer' },
  { role: 'introducer', status: 'expired' },
  { role: 'target', status: 'forwarded' },
  { role: 'target', status: 'accepted' },
  { role: 'target', status: 'declined_by_target' },
]

const OTHER_STATUSES: readonly (readonly [Status, number])[] = [
  ['accepted', 5],
  ['declined_by_introducer', 1.5],
  ['declined_by_target', 1],
  ['expired', 1.5],
  ['requested', 0.5],
  ['forwarded', 0.5],
]

const OUTCOMES: readonly (readonly [OutcomeKind, number])[] = [
  ['meeting', 5],
  ['nothing', 2],
  ['job', 1],
  ['deal', 1.5],
  ['partnership', 1],
  ['investment', 0.5],
]

interface Triple {
  a: string
  b: string
  c: string
}

/**
 * Double opt-in introductions and referrals over the past two years among the members with
 * histories: every state, each asked through a tie the introducer lets connections see, between
 * two who were not connected. Accepted ones carry their three-way conversation, the outcome
 * question thirty days on, and the introduction made and received in the three timelines at the
 * acceptance. Seeded.
 */
export function generateIntroductions(
  community: DemoCommunity,
  network: DemoNetwork,
  history: DemoHistory,
  seed: number,
  now: Date,
  /** Introductions asked after a mixer, through its host, between two who were there. */
  mixerLeads: readonly DemoMixerLead[] = [],
): DemoIntroductions {
  const random = new SeededRandom(seed * 15_485_863 + 29)
  const nowMs = now.getTime()
  const members = new Map(community.members.map((m) => [m.id, m]))
  const contactOf = new Map(history.contacts.map((c) => [`${c.ownerId}>${c.memberId}`, c.id]))
  const neighbours = new Map<string, string[]>()
  for (const { a, b } of network.connections) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b])
    neighbours.set(b, [...(neighbours.get(b) ?? []), a])
  }
  const connected = new Set(network.connections.flatMap(({ a, b }) => [`${a}:${b}`, `${b}:${a}`]))
  const strongFor = new Set(
    history.contacts.filter((c) => c.circles.length > 0).map((c) => `${c.ownerId}>${c.memberId}`),
  )
  // The introducer's visibility must let the requester know whom they know: every connection,
  // or strong ties only, which the demo's strong histories are (they carry circles).
  const mayAsk = (a: string, b: string) => {
    const visibility = members.get(b)?.visibility
    return (
      visibility === 'connections' || (visibility === 'strong_ties' && strongFor.has(`${b}>${a}`))
    )
  }
  const bothWays = (x: string, y: string) =>
    contactOf.has(`${x}>${y}`) && contactOf.has(`${y}>${x}`)
  const usable = (t: Triple) =>
    t.a !== t.c &&
    !connected.has(`${t.a}:${t.c}`) &&
    bothWays(t.a, t.b) &&
    bothWays(t.b, t.c) &&
    mayAsk(t.a, t.b)
  const used = new Set<string>()

  function find(role: 'requester' | 'introducer' | 'target', login: string): Triple | null {
    const candidates: Triple[] = []
    const around = neighbours.get(login) ?? []
    for (const x of around) {
      for (const y of role === 'introducer' ? around : (neighbours.get(x) ?? [])) {
        const t =
          role === 'requester'
            ? { a: login, b: x, c: y }
            : role === 'introducer'
              ? { a: x, b: login, c: y }
              : { a: y, b: x, c: login }
        if (usable(t) && !used.has(`${t.a}>${t.c}`)) candidates.push(t)
      }
    }
    return candidates.length === 0 ? null : random.pick(candidates)
  }

  const out: DemoIntroductions = {
    introductions: [],
    questions: [],
    outcomes: [],
    interactions: [],
    conversations: [],
    messages: [],
  }
  let serial = 0
  const at = (ms: number) => new Date(Math.min(ms, nowMs - HOUR_MS))

  function record(
    t: Triple,
    status: Status,
    kind: 'introduction' | 'referral',
    lead?: DemoMixerLead,
  ) {
    used.add(`${t.a}>${t.c}`)
    const open = status === 'requested' || status === 'forwarded'
    const created =
      lead?.at.getTime() ?? nowMs - (open ? random.int(1, 9) : random.int(20, 720)) * DAY_MS
    const forwardedMs =
      status === 'requested' || status === 'declined_by_introducer'
        ? null
        : Math.min(created + random.int(1, 4) * DAY_MS, nowMs - 2 * HOUR_MS)
    // An expired request runs out either with the introducer or, forwarded, with the target.
    const forwarded = status === 'expired' && random.chance(0.5) ? null : forwardedMs
    const expiresMs = (forwarded ?? created) + LIFETIME_MS
    const decidedMs =
      status === 'expired'
        ? expiresMs
        : open
          ? null
          : (forwarded ?? created) + random.int(1, 5) * DAY_MS
    const note =
      forwarded === null
        ? null
        : lead === undefined
          ? random.pick(NOTES)
          : `You were both at ${lead.eventTitle}. ${random.pick(NOTES)}`
    const row: DemoIntroduction = {
      id: newId(),
      kind,
      requesterId: t.a,
      introducerId: t.b,
      targetId: t.c,
      valueForTarget: random.pick(VALUES_FOR_TARGET),
      valueForRequester: random.pick(VALUES_FOR_REQUESTER),
      introducerNote: note,
      introducerDeclineReason:
        status === 'declined_by_introducer' && random.chance(0.6)
          ? random.pick(DECLINE_REASONS)
          : null,
      targetDeclineReason:
        status === 'declined_by_target' && random.chance(0.6) ? random.pick(DECLINE_REASONS) : null,
      status,
      silent: false,
      conversationId: null,
      resumeFile: null,
      resumeName: null,
      resumeBytes: null,
      createdAt: new Date(created),
      forwardedAt: forwarded === null ? null : new Date(forwarded),
      decidedAt: decidedMs === null ? null : at(decidedMs),
      expiresAt: new Date(expiresMs),
    }
    out.introductions.push(row)
    if (status === 'accepted' && row.decidedAt !== null) made(row, row.decidedAt)
  }

  function made(row: DemoIntroduction, accepted: Date) {
    const conversationId = newId()
    row.conversationId = conversationId
    const talk = [
      { senderId: row.introducerId, body: row.introducerNote ?? '', at: accepted.getTime() },
      {
        senderId: row.requesterId,
        body: random.pick(THANKS),
        at: accepted.getTime() + 2 * HOUR_MS,
      },
      { senderId: row.targetId, body: random.pick(REPLIES), at: accepted.getTime() + 20 * HOUR_MS },
    ].filter((m) => m.at < nowMs)
    out.conversations.push({
      id: conversationId,
      pairKey: null,
      origin: 'introduction',
      memberIds: [row.requesterId, row.introducerId, row.targetId],
      createdAt: accepted,
      lastMessageAt: new Date(talk.at(-1)?.at ?? accepted.getTime()),
    })
    for (const m of talk) {
      out.messages.push({
        id: newId(),
        conversationId,
        senderId: m.senderId,
        body: m.body,
        createdAt: new Date(m.at),
      })
    }
    for (const other of [row.requesterId, row.targetId]) {
      const given = row.kind === 'referral' && other === row.requesterId ? 'referral' : 'intro_made'
      const pairs = [
        [row.introducerId, other, given, 'member', 'offer'],
        [other, row.introducerId, 'intro_received', 'contact', null],
      ] as const
      for (const [owner, whom, kind, by, intent] of pairs) {
        serial++
        out.interactions.push({
          ownerId: owner,
          contactId: contactOf.get(`${owner}>${whom}`) ?? '',
          kind,
          at: accepted,
          intent,
          by,
          source: 'demo',
          note: null,
          dedupeKey: `demo-introduction:${row.id}:${serial}`,
        })
      }
    }
    const askedMs = accepted.getTime() + ASKED_AFTER_MS
    if (askedMs >= nowMs) return
    for (const member of [row.requesterId, row.targetId]) {
      const answeredMs = askedMs + random.int(0, 6) * DAY_MS + HOUR_MS
      const answered = answeredMs < nowMs && random.chance(0.75)
      const kind = answered ? random.weighted(OUTCOMES) : null
      out.questions.push({
        introductionId: row.id,
        memberId: member,
        askedAt: new Date(askedMs),
        kind,
        note: null,
        answeredAt: answered ? new Date(answeredMs) : null,
      })
      if (kind !== null) {
        out.outcomes.push({
          id: newId(),
          ownerId: member,
          contactId: null,
          kind,
          at: new Date(answeredMs),
          note: null,
        })
      }
    }
  }

  for (const lead of mixerLeads) {
    const t = { a: lead.requesterId, b: lead.introducerId, c: lead.targetId }
    if (usable(t) && !used.has(`${t.a}>${t.c}`) && lead.at.getTime() < nowMs - 20 * DAY_MS) {
      record(t, 'accepted', 'introduction', lead)
    }
  }
  const login = community.members[0]?.id
  if (login !== undefined) {
    for (const plan of LOGIN_PLAN) {
      const t = find(plan.role, login)
      if (t !== null) record(t, plan.status, plan.kind ?? 'introduction')
    }
  }
  const featured = community.members.slice(1, FEATURED_MEMBERS)
  for (const requester of featured) {
    for (let n = random.int(0, 2); n > 0; n--) {
      const t = find('requester', requester.id)
      if (t === null) break
      record(t, random.weighted(OTHER_STATUSES), random.chance(0.2) ? 'referral' : 'introduction')
    }
  }
  return out
}
