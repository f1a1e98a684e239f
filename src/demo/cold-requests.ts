import type { MessageRequestPurpose } from '../contracts/message-requests.js'
import type { DemoCommunity } from './community.js'
import type { DemoNetwork } from './network.js'
import { SeededRandom } from './random.js'

const DAY_MS = 86_400_000

/** Cold approaches as the featured members receive them: mostly agendas, a few genuine asks. */
const COLD_REQUESTS: ReadonlyArray<readonly [MessageRequestPurpose, string]> = [
  [
    'sales',
    'Hi! Our platform cuts onboarding time in half for teams your size. Could we book a demo next week?',
  ],
  [
    'sales',
    'We help companies like yours generate more leads with outbound automation. Worth a 15-minute call?',
  ],
  [
    'investment',
    "We're raising a $2M seed round for a payments startup and I think it fits your interests. Can I send you the deck?",
  ],
  [
    'other',
    "Hi, I'm expanding my network with like-minded professionals. Let's connect and explore synergies!",
  ],
  ['other', 'Would love to hop on a call and see how we can help each other grow.'],
  [
    'introduction',
    'You work with many fintechs. Could you introduce me to a few of your clients? Our compliance tool would be a great fit.',
  ],
  [
    'job',
    'I was laid off last month after six years as a backend engineer. Is your team hiring, or could I ask what the market looks like?',
  ],
  [
    'advice',
    "I'm a final-year student writing my thesis on supply chains. Could I ask you two questions about your work?",
  ],
  [
    'advice',
    "I'm moving from teaching into UX research. What do hiring managers look for in a first portfolio?",
  ],
  [
    'job',
    "I'm a recruiter at a climate nonprofit hiring a head of data, fully remote. Would you be open to hearing more?",
  ],
  [
    'sales',
    'Hello, we offer dedicated offshore development teams at very competitive rates. Please let us know your requirements.',
  ],
  [
    'advice',
    "I'm a first-time founder, not raising. Your posts on pricing were the best I've read — could I ask one specific question?",
  ],
]

export interface DemoColdRequest {
  senderId: string
  recipientId: string
  purpose: MessageRequestPurpose
  body: string
  createdAt: Date
}

/**
 * A tray of cold requests for each of the first `recipients` members (the demo's login first),
 * from members they are not connected to, sent over the last three weeks.
 */
export function generateColdRequests(
  community: DemoCommunity,
  network: DemoNetwork,
  seed: number,
  now: Date,
  recipients = 3,
): DemoColdRequest[] {
  const random = new SeededRandom(seed + 7)
  const connected = new Set(network.connections.flatMap((c) => [`${c.a}|${c.b}`, `${c.b}|${c.a}`]))
  return community.members.slice(0, recipients).flatMap((recipient) => {
    const strangers = community.members.filter(
      (m) => m.id !== recipient.id && !connected.has(`${m.id}|${recipient.id}`),
    )
    if (strangers.length === 0) return []
    const senders = new Set<string>()
    return COLD_REQUESTS.flatMap(([purpose, body]) => {
      const sender = random.pick(strangers)
      if (senders.has(sender.id)) return []
      senders.add(sender.id)
      const createdAt = new Date(now.getTime() - random.int(1, 21 * 24) * (DAY_MS / 24))
      return [{ senderId: sender.id, recipientId: recipient.id, purpose, body, createdAt }]
    })
  })
}
