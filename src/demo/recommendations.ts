import type { DemoCommunity, DemoMember } from './community.js'
import { FEATURED_MEMBERS } from './history.js'
import type { DemoNetwork } from './network.js'
import { SeededRandom } from './random.js'

export interface DemoEngagement {
  id: string
  proposerId: string
  otherId: string
  company: string
  from: string
  to: string
  status: 'proposed' | 'confirmed'
  createdAt: Date
  answeredAt: Date | null
}

export interface DemoRecommendation {
  id: string
  authorId: string
  subjectId: string
  engagementId: string
  body: string
  status: 'pending' | 'approved' | 'hidden'
  createdAt: Date
  approvedAt: Date | null
}

export interface DemoRecommendations {
  engagements: DemoEngagement[]
  recommendations: DemoRecommendation[]
}

const DAY_MS = 24 * 3600_000

// {name} is the subject's first name, {company} the engagement's company.
const BODIES = [
  '{name} and I worked side by side at {company}. {name} is the person you want in the room when a plan meets reality: calm, precise and generous with credit.',
  'I managed {name} for two years at {company}. Every commitment was met, and the team grew stronger around {name}. I would hire {name} again without a second thought.',
  'At {company} {name} took over a project everyone had given up on and shipped it in a quarter. Clear thinking, honest updates, no drama.',
  '{name} was my go-to colleague at {company} for anything that needed judgement. Fair with people, tough on problems.',
  'Working with {name} at {company} made me better at my own job. {name} asks the question nobody else thought of, and then helps answer it.',
  '{name} built the relationships with our biggest clients at {company} and kept them through two reorganisations. Trusted on both sides of the table.',
  'I reported to {name} at {company}. {name} gave me room to grow, told me the truth when it was hard to hear, and backed me when it counted.',
]

// For the demo login's search projects: {company} reads "Harbor Bank leadership search".
const SEARCH_BODIES = [
  '{name} ran the {company} with us and found a CFO we would never have reached ourselves. Candid about the market, discreet with candidates, and right about the fit.',
  'We hired two directors through the {company} that {name} led. Both are still with us and thriving; {name} knew them better than their CVs did.',
  'Working with {name} on the {company} was a masterclass in listening. The shortlist was short, and every name on it was right.',
]

const CLIENT_BODIES = [
  '{name} was the hiring partner every recruiter hopes for on the {company}: clear on what mattered, quick with feedback, and fair to every candidate.',
]

function firstName(member: DemoMember): string {
  return member.name.split(' ')[0] ?? member.name
}

function dayAfter(from: Date, random: SeededRandom, maxDays: number, now: Date): Date {
  const at = from.getTime() + random.int(1, maxDays) * DAY_MS
  return new Date(Math.min(at, now.getTime() - DAY_MS))
}

interface Overlap {
  other: DemoMember
  company: string
  from: string
  to: string
}

/**
 * The demo login is an executive recruiter with a firm of their own: nobody else worked there,
 * so their engagements are projects — searches run with a client, named after the client.
 */
function searchProjectsOf(
  login: DemoMember,
  network: DemoNetwork,
  byId: Map<string, DemoMember>,
  now: Date,
): (Overlap & { since: Date })[] {
  const thisYear = now.getUTCFullYear()
  return network.connections.flatMap((c) => {
    if (c.a !== login.id && c.b !== login.id) return []
    const other = byId.get(c.a === login.id ? c.b : c.a)
    const client = other?.positions.find((p) => p.to === null)?.company
    if (other === undefined || client === undefined || client === login.positions[0]?.company)
      return []
    const from = c.since.getUTCFullYear()
    return [
      {
        other,
        company: `${client} leadership search`,
        from: String(from),
        to: String(Math.min(thisYear, from + 1)),
        since: c.since,
      },
    ]
  })
}

/**
 * Worked-together records and recommendations between demo members who shared an employer: the
 * colleague connections of the featured members become engagements confirmed by both, and about a
 * fifth of the pairs' members recommend the other, most approved. The demo login gets search
 * projects with clients: one proposal still waiting for them to confirm, a recommendation to
 * approve, one on their profile and one they wrote.
 */
export function generateRecommendations(
  community: DemoCommunity,
  network: DemoNetwork,
  seed: number,
  now: Date,
): DemoRecommendations {
  const random = new SeededRandom(seed * 104_729 + 3)
  const byId = new Map(community.members.map((m) => [m.id, m]))
  const featured = new Set(community.members.slice(0, FEATURED_MEMBERS).map((m) => m.id))
  const engagements: DemoEngagement[] = []
  const recommendations: DemoRecommendation[] = []
  const paired = new Set<string>()
  const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`)

  const engage = (
    proposer: DemoMember,
    other: DemoMember,
    o: Omit<Overlap, 'other'>,
    since: Date,
    confirmed: boolean,
  ) => {
    paired.add(pairKey(proposer.id, other.id))
    const createdAt = dayAfter(since, random, 400, now)
    const engagement: DemoEngagement = {
      id: `demo-wt-${seed}-${engagements.length + 1}`,
      proposerId: proposer.id,
      otherId: other.id,
      company: o.company,
      from: o.from,
      to: o.to,
      status: confirmed ? 'confirmed' : 'proposed',
      createdAt,
      answeredAt: confirmed ? dayAfter(createdAt, random, 10, now) : null,
    }
    engagements.push(engagement)
    return engagement
  }
  const recommend = (
    author: DemoMember,
    subject: DemoMember,
    engagement: DemoEngagement,
    status: DemoRecommendation['status'],
    bodies: readonly string[] = BODIES,
  ) => {
    const createdAt = dayAfter(engagement.answeredAt ?? engagement.createdAt, random, 200, now)
    recommendations.push({
      id: `demo-rec-${seed}-${recommendations.length + 1}`,
      authorId: author.id,
      subjectId: subject.id,
      engagementId: engagement.id,
      body: random
        .pick(bodies)
        .replaceAll('{name}', firstName(subject))
        .replaceAll('{company}', engagement.company),
      status,
      createdAt,
      approvedAt: status === 'pending' ? null : dayAfter(createdAt, random, 14, now),
    })
  }

  const login = community.members[0]
  if (login !== undefined) {
    const projects = searchProjectsOf(login, network, byId, now).slice(0, 4)
    projects.forEach(({ other, since, ...overlap }, k) => {
      if (k === 0) {
        engage(other, login, overlap, since, false)
        return
      }
      const engagement = engage(other, login, overlap, since, true)
      if (k === 1) recommend(other, login, engagement, 'pending', SEARCH_BODIES)
      if (k === 2) recommend(other, login, engagement, 'approved', SEARCH_BODIES)
      if (k === 3) recommend(login, other, engagement, 'approved', CLIENT_BODIES)
    })
  }

  for (const connection of network.connections) {
    const how = connection.howWeMet
    if (how.kind !== 'worked_together' || how.from === undefined || how.to === undefined) continue
    if (!featured.has(connection.a) && !featured.has(connection.b)) continue
    if (paired.has(pairKey(connection.a, connection.b))) continue
    const [a, b] = [byId.get(connection.a), byId.get(connection.b)]
    if (a === undefined || b === undefined) continue
    const [proposer, other] = random.chance(0.5) ? [a, b] : [b, a]
    const engagement = engage(
      proposer,
      other,
      { company: how.company, from: how.from, to: how.to },
      connection.since,
      true,
    )
    for (const [author, subject] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!random.chance(0.22)) continue
      recommend(
        author,
        subject,
        engagement,
        random.weighted([
          ['approved', 85],
          ['pending', 10],
          ['hidden', 5],
        ] as const),
      )
    }
  }
  return { engagements, recommendations }
}
