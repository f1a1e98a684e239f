import { newId } from '../ids.js'
import type { DemoCommunity } from './community.js'
import { FEATURED_MEMBERS } from './history.js'
import type { DemoNetwork } from './network.js'
import { SeededRandom } from './random.js'

const DAY_MS = 86_400_000

export interface DemoPost {
  id: string
  authorId: string
  title: string | null
  body: string
  link: string | null
  audienceCircle: string | null
  createdAt: Date
}

export interface DemoComment {
  id: string
  postId: string
  authorId: string
  body: string
  createdAt: Date
}

export interface DemoPosts {
  posts: DemoPost[]
  comments: DemoComment[]
}

const NOTES: ReadonlyArray<readonly [string | null, string]> = [
  [
    null,
    'Back from a week of customer visits. The best conversations started with a question, not a pitch.',
  ],
  [
    'Hiring',
    'We are looking for a data engineer who likes boring, reliable pipelines. Happy to tell you more.',
  ],
  [null, 'Five years at the same company today. Grateful to the people who took a chance on me.'],
  [
    'A question',
    'Has anyone moved a team from quarterly to continuous planning? What did you keep?',
  ],
  [null, 'Spent the afternoon mentoring two students. I learnt more than they did.'],
  ['Lessons from a launch', 'Ship the small version first. Everyone says it; it is still true.'],
  [null, 'Thank you to everyone who came to the meetup last night. Same time next quarter.'],
  [null, 'Reading list for the holidays, suggestions welcome: something not about work.'],
]

const LINKS: ReadonlyArray<readonly [string, string, string]> = [
  [
    'A good read on onboarding',
    'The part about the first week rings true.',
    'https://example.org/onboarding',
  ],
  [
    'Our engineering blog',
    'We wrote up how we cut our build times in half.',
    'https://example.com/blog/builds',
  ],
  ['Salary survey', 'Worth a look before your next review.', 'https://example.org/salary-survey'],
  [
    'Talk recording',
    'My talk on pricing is online, slides included.',
    'https://example.net/talks/pricing',
  ],
]

const COMMENTS = [
  'Congratulations!',
  'Thanks for sharing this.',
  'Very useful, saving it for later.',
  'Same experience here. Happy to compare notes over coffee.',
  'Well said.',
]

/**
 * A year of posts by the featured members (the demo login among them): notes and links, mostly
 * for all connections, the recruiter's sometimes for clients only, and a few comments by the
 * author's connections, who can read what they comment on. Seeded.
 */
export function generatePosts(
  community: DemoCommunity,
  network: DemoNetwork,
  seed: number,
  now: Date,
): DemoPosts {
  const random = new SeededRandom(seed * 15_485_863 + 3)
  const neighbours = new Map<string, string[]>()
  for (const c of network.connections) {
    neighbours.set(c.a, [...(neighbours.get(c.a) ?? []), c.b])
    neighbours.set(c.b, [...(neighbours.get(c.b) ?? []), c.a])
  }
  const result: DemoPosts = { posts: [], comments: [] }
  const authors = community.members.slice(0, FEATURED_MEMBERS)
  authors.forEach((author, index) => {
    const friends = neighbours.get(author.id) ?? []
    if (friends.length === 0) return
    const count = index === 0 ? 18 : random.int(2, 10)
    for (let k = 0; k < count; k++) {
      const createdAt = new Date(
        now.getTime() - random.int(0, 364) * DAY_MS - random.int(0, 23) * 3_600_000,
      )
      const isLink = random.chance(0.3)
      const [title, body, link] = isLink ? random.pick(LINKS) : [...random.pick(NOTES), null]
      const post: DemoPost = {
        id: newId(),
        authorId: author.id,
        title,
        body,
        link,
        audienceCircle: index === 0 && random.chance(0.3) ? 'clients' : null,
        createdAt,
      }
      result.posts.push(post)
      // Comments on posts for all connections, so every commenter can read the post.
      if (post.audienceCircle !== null || !random.chance(0.25)) continue
      for (let n = random.int(1, 2); n > 0; n--) {
        result.comments.push({
          id: newId(),
          postId: post.id,
          authorId: random.pick(friends),
          body: random.pick(COMMENTS),
          createdAt: new Date(createdAt.getTime() + random.int(1, 48) * 3_600_000),
        })
      }
    }
  })
  // A comment may not come after today.
  result.comments = result.comments.filter((c) => c.createdAt.getTime() <= now.getTime())
  return result
}
