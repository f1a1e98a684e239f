import { type Seniority, seniorityOf } from '../domain/seniority.js'
import { newId } from '../ids.js'
import type { DemoCommunity } from './community.js'
import type { DemoHistory } from './history.js'
import { SeededRandom } from './random.js'

const DAY_MS = 86_400_000
const ISSUES = 12
const CLIENTS = 'clients'

/**
 * How often each band opens the recruiter's client notes in the app, as the seeds have it:
 * C-level readers nearly always, directors half the time; the bands between and below in step.
 */
export const READ_RATE_BY_BAND: Record<Seniority, number> = {
  c_level: 0.85,
  vp: 0.7,
  director: 0.5,
  manager: 0.4,
  individual_contributor: 0.3,
  student: 0.3,
  unknown: 0.3,
}

export interface DemoIssue {
  id: string
  authorId: string
  subject: string
  markdown: string
  audienceCircle: string
  status: 'sent'
  createdAt: Date
  sentAt: Date
}

export interface DemoDelivery {
  issueId: string
  recipientId: string
  circles: string[]
  seniority: Seniority
  mailState: 'sent'
  mailAttemptedAt: Date
  mailedAt: Date
  deliveredAt: Date
  readAt: Date | null
}

export interface DemoNewsletter {
  issues: DemoIssue[]
  deliveries: DemoDelivery[]
}

const TOPICS = [
  'what boards ask for in a CFO search',
  'counter-offers, and why they rarely hold',
  'interim leaders between two permanent hires',
  'how long senior searches take this year',
  'references that tell you something',
  'pay bands for engineering leadership',
  'hiring ahead of a funding round',
  'the first ninety days of a new COO',
  'keeping a search confidential',
  'when to promote from within',
  'succession plans that survive a reorganisation',
  'the year in senior hiring',
]

/**
 * The demo login's monthly client newsletter over the past year: twelve issues sent to their
 * "clients" circle, delivered in the app and mailed (the ledger as a finished send leaves it),
 * with in-app reads drawn by each recipient's seniority band. The people the recruiter met at
 * client mixers are clients too, so the senior bands have enough readers to tell. Seeded.
 * Adds the circle to those contacts in `history`, before the contacts are written.
 */
export function generateNewsletter(
  community: DemoCommunity,
  history: DemoHistory,
  seed: number,
  now: Date,
): DemoNewsletter {
  const random = new SeededRandom(seed * 7_919 + 11)
  const recruiter = community.members[0]
  if (recruiter === undefined) return { issues: [], deliveries: [] }
  const clients = history.contacts.filter((c) => {
    if (c.ownerId !== recruiter.id) return false
    if (!c.circles.includes(CLIENTS) && c.howMetNote?.startsWith('at client mixer')) {
      c.circles = [...c.circles, CLIENTS]
    }
    return c.circles.includes(CLIENTS)
  })
  const issues: DemoIssue[] = []
  const deliveries: DemoDelivery[] = []
  for (let k = ISSUES; k >= 1; k--) {
    const sentAt = new Date(now.getTime() - (k * 30 - 2) * DAY_MS)
    const month = sentAt.toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    const topic = TOPICS[(ISSUES - k) % TOPICS.length] ?? TOPICS[0]
    const issue: DemoIssue = {
      id: newId(),
      authorId: recruiter.id,
      subject: `Client notes, ${month}`,
      markdown: `# Client notes, ${month}\n\nThis month: **${topic}**.\n\nWhat I am hearing from the searches I run, in a few lines. Reply if you want to talk it through.`,
      audienceCircle: CLIENTS,
      status: 'sent',
      createdAt: new Date(sentAt.getTime() - DAY_MS),
      sentAt,
    }
    issues.push(issue)
    for (const client of clients) {
      const seniority = seniorityOf(client.title ?? '')
      const read = random.chance(READ_RATE_BY_BAND[seniority])
      deliveries.push({
        issueId: issue.id,
        recipientId: client.memberId,
        circles: client.circles,
        seniority,
        mailState: 'sent',
        mailAttemptedAt: sentAt,
        mailedAt: sentAt,
        deliveredAt: sentAt,
        readAt: read ? new Date(sentAt.getTime() + random.int(1, 96) * 3_600_000) : null,
      })
    }
  }
  return { issues, deliveries }
}
