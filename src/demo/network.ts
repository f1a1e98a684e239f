import type { HowWeMet } from '../contracts/connections.js'
import type { DemoCommunity, DemoMember } from './community.js'
import { SeededRandom } from './random.js'
import { CITIES } from './vocabulary.js'

export interface DemoConnection {
  a: string
  b: string
  howWeMet: HowWeMet
  since: Date
}

export interface DemoInvitation {
  from: string
  to: string
  note: string
  howWeMet: HowWeMet
  status: 'pending' | 'ignored'
  createdAt: Date
}

export interface DemoNetwork {
  connections: DemoConnection[]
  invitations: DemoInvitation[]
}

const DAY_MS = 24 * 3600_000
const CONFERENCES = [
  'SaaStr',
  'Web Summit',
  'the CFO Forum',
  'a Rapport mixer',
  'the HR Tech conference',
  'DevOpsDays',
]
const NOTES = [
  'Great talking with you at the conference — let us stay in touch.',
  'We worked together years ago; would be good to reconnect here.',
  'Thanks for the introduction last week, glad to connect properly.',
  'I enjoyed your talk on hiring; I would value staying in touch.',
]
const LION_NOTES = [
  'I accept all invitations — let us grow our networks together!',
  'Open networker here, connect with me!',
]

function yearOf(date: string | null, fallback: number): number {
  return date === null ? fallback : Number(date.slice(0, 4))
}

/**
 * Connections with a realistic mix of how people met: colleagues at shared employers (with the
 * years they overlapped), schoolmates, conference encounters years ago and introductions, plus a
 * few open networkers with hundreds of weak ties, and invitations still pending or quietly ignored.
 */
export function generateNetwork(community: DemoCommunity, seed: number, now: Date): DemoNetwork {
  const random = new SeededRandom(seed * 7919 + 17)
  const thisYear = now.getUTCFullYear()
  const members = community.members
  const seen = new Set<string>()
  const connections: DemoConnection[] = []
  const add = (a: DemoMember, b: DemoMember, howWeMet: HowWeMet, since: Date) => {
    if (a.id === b.id) return
    const key = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`
    if (seen.has(key)) return
    seen.add(key)
    connections.push({ a: a.id, b: b.id, howWeMet, since })
  }
  const yearsAgo = (min: number, max: number) =>
    new Date(now.getTime() - random.int(min * 365, max * 365) * DAY_MS)

  const byCompany = new Map<string, { member: DemoMember; from: number; to: number }[]>()
  const bySchool = new Map<string, DemoMember[]>()
  for (const member of members) {
    for (const p of member.positions) {
      const list = byCompany.get(p.company) ?? []
      list.push({ member, from: yearOf(p.from, thisYear - 3), to: yearOf(p.to, thisYear) })
      byCompany.set(p.company, list)
    }
    const schoolmates = bySchool.get(member.school) ?? []
    schoolmates.push(member)
    bySchool.set(member.school, schoolmates)
  }

  // Colleagues: each member knows a handful of people whose time at a company overlapped theirs.
  for (const [company, staff] of byCompany) {
    for (const { member, from, to } of staff) {
      const wanted = random.int(2, 8)
      for (let k = 0; k < wanted && staff.length > 1; k++) {
        const other = random.pick(staff)
        const start = Math.max(from, other.from)
        const end = Math.min(to, other.to)
        if (end < start) continue
        add(
          member,
          other.member,
          { kind: 'worked_together', company, from: String(start), to: String(end) },
          yearsAgo(0, Math.max(1, thisYear - start)),
        )
      }
    }
  }
  // Schoolmates, conference encounters and introductions across the community.
  for (const member of members) {
    const schoolmates = bySchool.get(member.school) ?? []
    for (let k = random.int(0, 2); k > 0; k--) {
      add(
        member,
        random.pick(schoolmates),
        { kind: 'studied_together', detail: member.school },
        yearsAgo(5, 15),
      )
    }
    for (let k = random.int(0, 3); k > 0; k--) {
      const when = yearsAgo(1, 12)
      add(
        member,
        random.pick(members),
        {
          kind: 'met_in_person',
          place: `${random.pick(CONFERENCES)}, ${random.pick(CITIES)}`,
          date: when.toISOString().slice(0, 7),
        },
        when,
      )
    }
    if (random.chance(0.3)) {
      const introducer = random.pick(members)
      add(
        member,
        random.pick(members),
        { kind: 'introduced', detail: `by ${introducer.name}` },
        yearsAgo(0, 4),
      )
    }
  }
  // The demo login, an executive recruiter: clients among senior people, partners and friends.
  const recruiter = members[0]
  if (recruiter !== undefined) {
    const seniors = members.filter((m) =>
      /Chief|CTO|CFO|VP|Director/.test(m.positions[0]?.title ?? ''),
    )
    for (let k = 0; k < 90 && seniors.length > 0; k++) {
      const when = yearsAgo(0, 14)
      add(
        recruiter,
        random.pick(seniors),
        {
          kind: 'met_in_person',
          place: `client mixer, ${random.pick(['Las Vegas', 'San Francisco'])}`,
          date: when.toISOString().slice(0, 7),
        },
        when,
      )
    }
    for (let k = 0; k < 40; k++) {
      add(
        recruiter,
        random.pick(members),
        { kind: 'other', detail: 'accepted an invitation at a conference' },
        yearsAgo(6, 15),
      )
    }
  }
  // Open networkers connect with anyone: hundreds of ties with no shared context.
  for (const lion of members.filter((m) => m.openNetworker)) {
    for (let k = random.int(250, 450); k > 0; k--) {
      add(
        lion,
        random.pick(members),
        { kind: 'other', detail: 'open networker invitation' },
        yearsAgo(0, 5),
      )
    }
  }

  const invitations: DemoInvitation[] = []
  const pendingPair = new Set<string>()
  const invite = (
    from: DemoMember,
    to: DemoMember,
    note: string,
    status: DemoInvitation['status'],
  ) => {
    const key = from.id < to.id ? `${from.id}:${to.id}` : `${to.id}:${from.id}`
    if (from.id === to.id || seen.has(key) || pendingPair.has(key)) return
    pendingPair.add(key)
    const when = new Date(now.getTime() - random.int(1, 60) * DAY_MS)
    invitations.push({
      from: from.id,
      to: to.id,
      note,
      howWeMet: {
        kind: 'met_in_person',
        place: `${random.pick(CONFERENCES)}, ${random.pick(CITIES)}`,
        date: when.toISOString().slice(0, 7),
      },
      status,
      createdAt: when,
    })
  }
  if (recruiter !== undefined) {
    for (const lion of members.filter((m) => m.openNetworker).slice(0, 3))
      invite(lion, recruiter, random.pick(LION_NOTES), 'pending')
    for (let k = 0; k < 4; k++)
      invite(random.pick(members), recruiter, random.pick(NOTES), 'pending')
    for (let k = 0; k < 3; k++)
      invite(random.pick(members), recruiter, random.pick(NOTES), 'ignored')
    for (let k = 0; k < 2; k++)
      invite(recruiter, random.pick(members), random.pick(NOTES), 'pending')
  }
  for (let k = 0; k < members.length / 10; k++) {
    invite(
      random.pick(members),
      random.pick(members),
      random.pick(NOTES),
      random.chance(0.7) ? 'pending' : 'ignored',
    )
  }
  return { connections, invitations }
}
