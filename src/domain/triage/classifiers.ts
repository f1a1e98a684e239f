import { normaliseText, phrasePattern } from './phrase-pattern.js'

/** The three things in a cold message the tray warns about. */
export type TriageClass = 'pitch' | 'opener' | 'clients'

export const TRIAGE_CLASSES: readonly TriageClass[] = ['pitch', 'opener', 'clients']

/**
 * The phrase patterns of each class: the whole model, with no hidden weighting. A message is in
 * a class when any of its patterns occurs. Patterns are narrow on purpose: a student's "demo
 * for my thesis" or a friend's "help each other with the training" must not read as a pitch or
 * an opener, so each pattern names the commercial or generic context, not the bare word.
 */
export const TRIAGE_PATTERNS: Readonly<Record<TriageClass, readonly string[]>> = {
  // A sales or investment pitch: selling the recipient something, or asking them for money.
  pitch: [
    // Selling.
    '(book|schedule|set up|show you|get you|for) (a |an |our )?(quick |short |free |\\d+[- ]minute )?demo',
    'demo (next week|for you)',
    '(offer|offering|start|get) (you )?(a )?free (trial|pilot|audit|sample|first|license)',
    'free (audit|sample|pilot) of',
    'a free pilot',
    'interested in a (trial|pilot)',
    'our (platform|software|tool|product|solution|services|agency|app|plugin|firm|subscription|team plan|event space|payroll service|managed|cybersecurity|seo|ats|coding assessment|analytics|insurance products|translation services|crm|onboarding (package|platform)|inventory tool|treasury product)',
    'we (help|helped|offer|provide|sell|build|make|run|can fill|can label|can supply|can beat|can save|developed|just launched|just released|represent|are a leading|are a (pr|recruitment|video|staffing|payments))',
    "we've (helped|built|developed|placed)",
    'i represent a',
    'i run (a|an) (boutique|outsourced|sales)',
    '(i work with|i lead partnerships at) ',
    'pricing (starts|from)',
    '(packages|rates|pricing) start',
    'starts? at \\$',
    'from \\d+ guests',
    '(special|limited time|introductory) (offer|price)',
    '\\d+% (off|discount|lower|less)',
    'a \\d+% discount',
    'send (you |over )?(a |our )?(proposal|rates|brochure|catalogue|samples|comparison|quote|short video walkthrough|profiles and our rates)',
    'competitive rates',
    'save (you|your)',
    'who (handles|manages|owns) ',
    '(the right|best) person to talk to',
    "if it's not you",
    'not sure if you.re the right person',
    'book \\d+\\+? qualified meetings',
    'generate more leads',
    '(cut|reduce|reduces|cuts) (your|time|ticket)',
    'increasing your revenue',
    'complimentary session',
    'sponsor an issue',
    'sponsorship packages',
    'pay per booked meeting',
    'could we discuss your upcoming',
    'anything on the roadmap we could quote',
    'let us know your requirements',
    'hold a slot for your team',
    'pencil you in',
    'a copy of a recent statement',
    'free for (the first|up to)',
    'free first',
    'first three months are free',
    'free migration',
    'unlimited access',
    'fractional (cfo|devops)',
    'could your team use',
    'happy to put together',
    'could i send (you )?(a |our )?(samples|catalogue|proposal)',
    '(want|like) (a|me to send) (sample|free)',
    'would you like a free',
    'a sample box',
    // General forms, added after the first held-out measurement (docs/triage.md).
    'our [a-z-]+ ?(service|software|platform|agency|tool|product|app|firm|subscription)',
    "we(?:'re| are) a [a-z -]{0,30}(agency|firm|subscription|studio|consultancy|supplier|vendor)",
    'we built a (platform|tool|product|app)',
    'i sell',
    'my rates',
    '(flat|fixed) (monthly )?(fee|price)',
    '(send|share) (you )?(our )?pricing',
    'free (assessment|maintenance|consultation|trial|pilot|audit|sample)',
    'try it for free',
    'walkthrough',
    'account executive',
    '(partner|referral|reseller) (program|fee|partnership)',
    '(a |pay you a |earn )commission',
    'revenue share',
    // Asking for money.
    'raising capital',
    'rais(e|ing) (a |an |our |my |money|for|\\$)',
    "we're raising",
    '(seed|pre-seed|series a|bridge|angel|friends-and-family|first) round',
    'our (seed|next round|first round)',
    'fundraising',
    '(the|our|a) deck',
    'one-pager',
    'cap table',
    'convertible note',
    'on a safe',
    'angel (check|investment|investments|portfolio)',
    'strategic angels',
    'investor update',
    'looking for investors',
    'invest in our',
    'want to invest',
    'minimum ticket',
    'join(ing)? the round',
    'your check',
    'targeting \\d+% irr',
    'need \\$\\d+k? to',
    'investment committee',
  ],
  // The generic "let's see how we can help each other" opener: networking with no stated ask.
  opener: [
    '(how|ways?|where|if|what) (we|i) (can|could|might|may) (help|support|add value to|be (helpful|useful|of service) to|benefit|create value for) (each other|one another)',
    '(how|ways?) (we|i) (can|could|might|may) (help|support) each other',
    'help one another',
    '(ways?|where|how|if) [^.?!]{0,30}(help|support|valuable to|useful to) (each other|one another)',
    'opportunities for collaboration',
    '(helpful|of service) to each other',
    'add value to (each other|one another)',
    'create (some )?value (for each other|together)',
    'how you might help me',
    'synerg(y|ies)',
    'mutual(ly)? (opportunit|benefi)',
    'beneficial for (both|us)',
    'valuable for both of us',
    'benefits us both',
    'explore (potential |any |possible )?(partnership|collaboration|synergies|opportunities|ways|how we|what we|mutual)',
    '(ways|way) to (collaborate|work together)',
    'see if there.s (a way|any way|any synergy)',
    'see how we (can|could|might)',
    'find (a way|ways) to work together',
    '(there are|there.s a lot of|there could be) (ways|overlap|some mutual)',
    'we could (do great things|work together)',
    'great things together',
    "let's connect",
    'would (love|like) to connect',
    'makes? sense to connect',
    'great to connect',
    'good to connect',
    'connect with (more people|interesting people|leaders|people in|like-minded|fellow|100 founders)',
    'connect with \\d+ founders',
    '(expand|expanding|grow|build|building) my (professional )?network',
    'win-win relationships',
    'common ground',
    'where our worlds overlap',
    'what we can do together',
    'areas of cooperation',
    'get acquainted',
    'get to know each other',
    'stay in touch and explore',
    'open to new partnerships',
    'exchange (ideas|notes) .{0,40}(help|support)',
    'share ideas',
    'what opportunities might come',
  ],
  // Asks for access to the recipient's clients, customers, accounts or portfolio.
  clients: [
    '(to|with|in front of|access to|reach|meet|intro to|introduce me to|introducing us to|passing my name along to|referring|forward my proposal to|recommend our [a-z ]+ to) (some of |a few of |a couple of |two or three of |three or four of |the founders of )?your (clients|customers|client|customer base|portfolio|key accounts|contacts at)',
    'at your client',
    '(any|some|which) of your clients',
    'your clients (would|who need|at the|in )',
    'companies in your portfolio',
    'your clients there',
    'a list of your clients',
    "(the|of the|to the) [a-z-]+ you(?:'ve| have)? (work with|advise|invested in|serve)",
    'you work with (a lot of|many|lots of)',
    'your (clients|customers) (would|might) be interested',
    'offer your (clients|customers)',
    'to their (clients|customers)',
    'people you coach',
    'companies you audit',
    '(clients|customers) who (need|might)[^.?!]{0,60}(send them my way|refer)',
    'refer them my way',
    'send them my way',
  ],
}

const PATTERNS: ReadonlyArray<readonly [TriageClass, RegExp]> = TRIAGE_CLASSES.map(
  (c) => [c, phrasePattern(TRIAGE_PATTERNS[c])] as const,
)

/** What a message showed of one class: the words that matched, quoted back to the recipient. */
export interface ClassMatch {
  cls: TriageClass
  evidence: string
}

/**
 * The classes a message belongs to, each with the words of the message that put it there.
 * Invariant: a class is returned only if one of its patterns in `TRIAGE_PATTERNS` occurs, and
 * `evidence` is the first such occurrence, as written.
 *
 * @example
 * classifyColdMessage("Let's connect and explore synergies!")
 * // => [{ cls: 'opener', evidence: "Let's connect" }]
 * classifyColdMessage('Could I ask you about your PhD?')
 * // => []
 */
export function classifyColdMessage(body: string): ClassMatch[] {
  const text = normaliseText(body)
  return PATTERNS.flatMap(([cls, pattern]) => {
    const match = pattern.exec(text)
    return match === null ? [] : [{ cls, evidence: match[0] }]
  })
}
