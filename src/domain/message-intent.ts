export type AskKind = 'introduction' | 'job' | 'money' | 'sale'

export type MessageIntent =
  | { intent: 'ask'; kind: AskKind; reason: string }
  | { intent: 'offer'; reason: string }
  | { intent: 'none' }

export type IntentClass = AskKind | 'offer'

/**
 * The phrases that classify a message, per class, in English. A phrase matches on word
 * boundaries, case-insensitively, with curly apostrophes read as straight ones. The table is
 * the whole model: there is no hidden weighting.
 */
export const INTENT_PHRASES: Readonly<Record<IntentClass, readonly string[]>> = {
  introduction: [
    'introduce me',
    'introducing me',
    'an introduction to',
    'an intro to',
    'a warm intro',
    'warm introduction',
    'connect me with',
    'connect me to',
    'put me in touch',
    'put me in contact',
    'do you know anyone at',
    'do you know someone at',
    'do you know anyone who',
    'could you forward my',
    'would you forward my',
  ],
  job: [
    'looking for a job',
    'looking for a new job',
    'looking for a new role',
    'looking for new opportunities',
    'looking for a new opportunity',
    'job opportunities',
    'job opening',
    'open positions',
    'open roles',
    'are you hiring',
    'is your team hiring',
    'is your company hiring',
    'refer me',
    'a referral',
    'my resume',
    'my résumé',
    'my cv',
    'consider me for',
    'any openings',
  ],
  money: [
    'invest in',
    'looking for investors',
    'raising a round',
    'raising our',
    'seed round',
    'pre-seed',
    'series a',
    'funding round',
    'angel investor',
    'fundraising',
    'donate',
    'donation',
    'lend me',
    'a loan',
    'sponsor us',
    'sponsorship',
  ],
  sale: [
    'book a demo',
    'schedule a demo',
    'quick demo',
    'free trial',
    'our platform',
    'our software',
    'our solution',
    'our services',
    'our product',
    'special offer',
    'limited time offer',
    'discount',
    'pricing',
    'we help companies',
    'we help businesses',
    'generate more leads',
    'lead generation',
    'grow your revenue',
    'increase your revenue',
    '15 minutes of your time',
    'grab 15 minutes',
    '15-minute call',
    'quick call',
  ],
  offer: [
    'how can i help',
    'can i help',
    'happy to help',
    'glad to help',
    'would love to help',
    'let me know if i can help',
    'let me know if you need anything',
    'happy to introduce',
    'glad to introduce',
    'i can introduce you',
    "i'd be happy to introduce",
    'happy to make an introduction',
    'i can connect you',
    'i can put you in touch',
    "i'll forward your",
    'i will forward your',
    'i can refer you',
    'happy to refer you',
    'happy to share',
  ],
}

/** Asks are tried before offers, in this order; the first class with a phrase wins. */
export const INTENT_PRIORITY: readonly IntentClass[] = [
  'introduction',
  'job',
  'money',
  'sale',
  'offer',
]

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function phraseRegExp(phrases: readonly string[]): RegExp {
  // @NOTE \b fails next to non-ASCII letters such as "é", so the edges are lookarounds on
  // Unicode letters and digits instead.
  const body = phrases.map(escapeRegExp).join('|')
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu')
}

const CLASS_PATTERNS: ReadonlyArray<readonly [IntentClass, RegExp]> = INTENT_PRIORITY.map(
  (c) => [c, phraseRegExp(INTENT_PHRASES[c])] as const,
)

// @NOTE One pass over every phrase first: most messages match nothing, and then the
// per-class passes are never run.
const ANY_PATTERN = phraseRegExp(INTENT_PRIORITY.flatMap((c) => INTENT_PHRASES[c]))

const NONE: MessageIntent = Object.freeze({ intent: 'none' })

/**
 * Classifies a message body (and optionally its subject) as an ask of some kind, an offer,
 * or neither, by the phrase table `INTENT_PHRASES`. Invariant: the result is `ask`/`offer`
 * only if some phrase of that class occurs in the text, and `reason` quotes that phrase; when
 * phrases of several classes occur, the first class in `INTENT_PRIORITY` wins (asks before
 * offers, so "happy to help — could you introduce me to Sam?" is an introduction ask).
 *
 * @example
 * classifyMessageIntent('Could you introduce me to your CFO?')
 * // => { intent: 'ask', kind: 'introduction', reason: 'matched "introduce me"' }
 * classifyMessageIntent('Congrats on the new role!')
 * // => { intent: 'none' }
 */
export function classifyMessageIntent(body: string, subject?: string | null): MessageIntent {
  let text = subject ? `${subject}\n${body}` : body
  if (text.length === 0) return NONE
  if (text.includes('\u2019')) text = text.replaceAll('\u2019', "'")
  if (!ANY_PATTERN.test(text)) return NONE
  for (const [cls, pattern] of CLASS_PATTERNS) {
    const match = pattern.exec(text)
    if (match === null) continue
    const reason = `matched "${match[0].toLowerCase()}"`
    return cls === 'offer' ? { intent: 'offer', reason } : { intent: 'ask', kind: cls, reason }
  }
  return NONE
}
