import { ulid } from 'ulid'
import { SeededRandom } from './random.js'
import {
  ASKS,
  CITIES,
  COMPANY_KINDS,
  COMPANY_STEMS,
  FIRST_NAMES,
  FUNCTIONS,
  LAST_NAMES,
  SCHOOLS,
  VALUE_PROPOSITIONS,
} from './vocabulary.js'

export interface DemoPosition {
  company: string
  title: string
  from: string | null
  to: string | null
}

export interface DemoMember {
  id: string
  email: string
  name: string
  headline: string
  location: string
  valueProposition: string
  asks: string
  student: boolean
  inTransition: boolean
  openNetworker: boolean
  visibility: 'only_me' | 'strong_ties' | 'connections'
  role: 'member' | 'operator'
  positions: DemoPosition[]
  school: string
  careerStrategy: { companies: string[]; roles: string[] }
}

export interface DemoCommunity {
  seed: number
  companies: string[]
  members: DemoMember[]
}

export interface DemoOptions {
  members: number
  seed: number
  /** The demo's point in time; histories are generated backwards from it. */
  now: Date
}

export const DEMO_PASSWORD = 'rapport-demo'
export const DEMO_LOGIN_EMAIL = 'jordan.reyes@demo.rapport.example'

const TITLE_BY_BAND: ReadonlyArray<readonly [(fn: string) => string, number]> = [
  [
    (fn) =>
      fn === 'Finance'
        ? 'Chief Financial Officer'
        : fn === 'Engineering'
          ? 'CTO'
          : 'Chief Executive Officer',
    3,
  ],
  [(fn) => `VP ${fn}`, 7],
  [(fn) => `Director of ${fn}`, 14],
  [(fn) => `${fn} Manager`, 22],
  [(fn) => (fn === 'Engineering' ? 'Software Engineer' : `${fn} Specialist`), 54],
]

function year(now: Date, yearsAgo: number): string {
  return String(now.getUTCFullYear() - yearsAgo)
}

/**
 * A realistic, seeded community: members in ~60 companies (about one per 33 members), a
 * heavy-tailed spread of seniority, previous positions, students, people in transition and
 * a few self-declared open networkers. The first member is the demo login, an executive
 * recruiter who runs the instance.
 */
export function generateCommunity(options: DemoOptions): DemoCommunity {
  const random = new SeededRandom(options.seed)
  const prng = () => random.next()
  const baseTime = options.now.getTime() - 5 * 365 * 24 * 3600_000
  const companyCount = Math.max(3, Math.round(options.members / 33))
  const companies: string[] = []
  const seen = new Set<string>()
  while (companies.length < companyCount) {
    const name = `${random.pick(COMPANY_STEMS)} ${random.pick(COMPANY_KINDS)}`
    if (!seen.has(name)) {
      seen.add(name)
      companies.push(name)
    }
  }
  // Company sizes are heavy-tailed: a few large employers, many small ones.
  const companyWeights = companies.map((c, i) => [c, 1 / (1 + i) ** 0.8] as const)
  const emails = new Set<string>()
  const members: DemoMember[] = []
  for (let i = 0; i < options.members; i++) {
    const first = random.pick(FIRST_NAMES)
    const last = random.pick(LAST_NAMES)
    const name = i === 0 ? 'Jordan Reyes' : `${first} ${last}`
    let email = i === 0 ? DEMO_LOGIN_EMAIL : `${first}.${last}@demo.rapport.example`.toLowerCase()
    for (let n = 2; emails.has(email); n++)
      email = `${first}.${last}${n}@demo.rapport.example`.toLowerCase()
    emails.add(email)
    const student = i > 0 && random.chance(0.05)
    const inTransition = i > 0 && !student && random.chance(0.06)
    const openNetworker = i > 0 && random.chance(0.004)
    const fn = random.pick(FUNCTIONS)
    const company = random.weighted(companyWeights)
    const positions: DemoPosition[] = []
    if (i === 0) {
      positions.push({
        company: 'Reyes Executive Search',
        title: 'Founder & Managing Partner',
        from: year(options.now, 16),
        to: null,
      })
      positions.push({
        company: companies[0] ?? 'Acme Capital',
        title: 'Director of Talent',
        from: year(options.now, 22),
        to: year(options.now, 16),
      })
    } else if (student) {
      positions.push({
        company: random.pick(SCHOOLS),
        title: 'MBA Student',
        from: year(options.now, 1),
        to: null,
      })
    } else {
      const title = random.weighted(TITLE_BY_BAND)(fn)
      const startedYearsAgo = random.int(0, 9)
      positions.push({
        company,
        title,
        from: year(options.now, startedYearsAgo),
        to: inTransition ? year(options.now, 0) : null,
      })
      const previous = random.weighted(companyWeights)
      if (previous !== company) {
        positions.push({
          company: previous,
          title: random.weighted(TITLE_BY_BAND.slice(2))(fn),
          from: year(options.now, startedYearsAgo + random.int(2, 6)),
          to: year(options.now, startedYearsAgo),
        })
      }
    }
    const current = positions[0]
    members.push({
      id: ulid(baseTime + i * 1000, prng),
      email,
      name,
      headline:
        i === 0
          ? 'Executive recruiter · client newsletter · quarterly mixers (no soliciting)'
          : openNetworker
            ? 'LION · open networker · I accept all invitations'
            : inTransition
              ? `Former ${current?.title ?? fn} · open to new roles`
              : `${current?.title ?? fn} at ${current?.company ?? company}`,
      location: random.pick(CITIES),
      valueProposition:
        i === 0
          ? 'I place executives I know personally, and introduce people when both sides gain.'
          : random.pick(VALUE_PROPOSITIONS),
      asks: random.pick(ASKS),
      student,
      inTransition,
      openNetworker,
      visibility: random.weighted([
        ['strong_ties', 6],
        ['connections', 3],
        ['only_me', 1],
      ] as const),
      role: i === 0 ? 'operator' : 'member',
      positions,
      school: random.pick(SCHOOLS),
      careerStrategy: inTransition
        ? { companies: [random.pick(companies), random.pick(companies)], roles: [`Head of ${fn}`] }
        : { companies: [], roles: [] },
    })
  }
  return { seed: options.seed, companies, members }
}
