/** What a message asks for: an introduction, a job, money, or custom (clients). */
export type AskKind = 'introduction' | 'job' | 'money' | 'sale'
/** What a message gives: advice, an introduction the writer made, congratulations. */
export type GiveKind = 'advice' | 'introduction_made' | 'congratulations'

export type MessageIntent =
  | { intent: 'ask'; kind: AskKind; reason: string }
  | { intent: 'offer'; kind: GiveKind; reason: string }
  | { intent: 'none' }

export type IntentClass = AskKind | GiveKind

const ASK_KINDS: ReadonlySet<string> = new Set<AskKind>(['introduction', 'job', 'money', 'sale'])

/**
 * The patterns that recognise each class, in English (with the common greetings of other
 * languages for congratulations). Each is a regular expression in lower case, read over the
 * lowercased text with curly apostrophes made straight; the first class in `INTENT_PRIORITY` with a
 * match wins, unless a pattern of `NOT_INTENT` for that class matches too. The tables are the
 * whole model: there is no hidden weighting. Measured on test/fixtures/intent (docs/intelligence.md).
 */
export const INTENT_PATTERNS: Readonly<Record<IntentClass, readonly string[]>> = {
  introduction: [
    String.raw`\b(?:could|would|can|will) you (?:possibly |please |be able to |be willing to |be comfortable |be open to |be up for )?(?:introduc|connect me|put me in (?:touch|contact)|put us in touch|make an? (?:quick |email )?intro|hook me up|point me to|forward(?:ing)? my note|intro me)`,
    String.raw`\b(?:would you mind|mind|comfortable|be willing to|be up for|be open to|be able to) (?:making an? |a quick )?(?:introduc|connecting me|connect me|putting (?:me|us) in (?:touch|contact)|forwarding my note|making an intro|intro me)`,
    String.raw`\b(?:an|a warm|the) (?:introduction|intro)\b(?! to (?:our|my) )(?:.{0,40}\b(?:would|appreciat|grateful|love|mean))`,
    String.raw`\b(?:would|'d) (?:really )?(?:love|appreciate|value|be (?:really |hugely |so )?grateful for) an? (?:warm )?(?:introduction|intro)\b`,
    String.raw`\bintroduction would be (?:hugely |much |greatly )?appreciated`,
    String.raw`\bdo you (?:happen to )?know (?:anyone|someone|of anyone)\b.{0,80}(?:\?|intro)`,
    String.raw`\bis there (?:anyone|someone) (?:in your network|at|there|in their)\b.{0,60}(?:introduc|should meet|connect)`,
    String.raw`\bkennst du jemanden\b`,
    String.raw`\bintroduce us\b`,
    String.raw`\b(?:introduce|intro) me to\b`,
    String.raw`\byou could (?:introduce|connect (?:me|us)|put (?:me|us) in (?:touch|contact))`,
    String.raw`\bif you introduced us\b`,
    String.raw`\bmake a (?:quick )?(?:email )?introduction\b`,
  ],
  job: [
    String.raw`\b(?:looking for|seeking|exploring|hunting for) (?:a |my )?(?:new |next )?(?:role|job|position|work|challenge|opportunit|gig)`,
    String.raw`\b(?:actively )?(?:job hunting|looking for (?:work|a job))\b`,
    String.raw`\bactively looking\b`,
    String.raw`\bopen to work\b`,
    String.raw`\b(?:refer|referring) me\b`,
    String.raw`\b(?:give me|ask you for|for) a referral\b`,
    String.raw`\b(?:list(?:ed)? you as a referral)`,
    String.raw`\b(?:my|the attached) (?:cv|resume|résumé)\b`,
    String.raw`\b(?:consider me|considered for|keep me in mind|put my name forward|put me forward|pass(?:ing)? on my details|flag my application|be considered)\b`,
    String.raw`\b(?:are you|is your (?:team|company|firm|café|startup)|is .{1,20} still) (?:hiring|recruiting)\b`,
    String.raw`\b(?:any|are there any|have any) (?:open |junior )?(?:openings|open positions|vacancies|positions|roles|postdoc positions|freelance or contract roles)\b`,
    String.raw`\b(?:interest in any vacancies|interested in the .{1,40} (?:opening|role|position))`,
    String.raw`\bhiring any interns\b`,
    String.raw`\bi'd love to (?:join your|apply|be considered)`,
    String.raw`\b(?:like|love) to apply\b`,
    String.raw`\bany leads would be\b`,
    String.raw`\bkeep an eye out for me\b`,
    String.raw`\bje cherche un poste\b`,
    String.raw`\bavailable from next week\b.{0,40}\bneeds? people`,
    String.raw`\bif your (?:company|hospital|firm) (?:has anything|needs people)`,
    String.raw`\bmove into .{1,30}\b.{0,40}\broles? for\b`,
    String.raw`\bsponsor visas\b`,
    String.raw`\bwrite a short recommendation to the hiring panel\b`,
    String.raw`\b(?:could|would|can) you\b.{0,60}\bhiring manager\b`,
    String.raw`\b(?:graduate programmes|junior positions|is hiring)\b.{0,40}\?`,
    String.raw`\bout of work\b`,
  ],
  money: [
    String.raw`\b(?:consider |be open to |interest(?:ed)? in |want to |like to )?invest(?:ing)? (?:in (?:our|my|the)|even)\b`,
    String.raw`\b(?:consider|interested in|open to) (?:investing|backing|a donation|donating|a contribution|contributing|supporting us)`,
    String.raw`\b(?:raising|raise) (?:a |our |money|funds|capital|£|\$|€|\d)`,
    String.raw`\b(?:seed|pre-seed|series [a-c]|bridge|first institutional) (?:round|extension)\b`,
    String.raw`\b(?:our|my|the) (?:pre-seed|seed round|round)\b`,
    String.raw`\b(?:room for .{1,30} investors|raising on a safe)\b`,
    String.raw`\b(?:looking for|seeking) (?:investors|donors|patrons|co-investors|angel investment|lps|sponsorship|local businesses to sponsor|people to sponsor|impact investors)`,
    String.raw`\bsponsor (?:me|us|our|the team|a hole)\b`,
    String.raw`\b(?:be willing to |consider )?sponsor(?:ing)? (?:our|the|me)\b`,
    String.raw`\b(?:a |gold )sponsor\b`,
    String.raw`\blend me\b`,
    String.raw`\ba (?:personal )?loan\b`,
    String.raw`\b(?:putting in|put in) a cheque\b`,
    String.raw`\b(?:chip in|pledge|crowdfund|crowdfunding|kickstarter)\b`,
    String.raw`\bfundraising page\b`,
    String.raw`\b(?:donate|donating|donation|donations|donors)\b`,
    String.raw`\b(?:fund a|help fund|could your organisation fund)\b`,
    String.raw`\bput some capital\b`,
    String.raw`\b(?:committing|commitment is)\b`,
    String.raw`\bwant in with a ticket\b`,
    String.raw`\braffle tickets\b`,
    String.raw`\bany contribution\b`,
    String.raw`\bwould you sponsor\b`,
    String.raw`\bfund to lead\b`,
  ],
  sale: [
    String.raw`\b(?:we|i) help (?:companies|businesses|logistics|saas|founders|in-house)\b`,
    String.raw`\b(?:book|show you|schedule) (?:a )?(?:quick |short )?demo\b`,
    String.raw`\bfree (?:trial|audit|assessment|sample|pilot)\b`,
    String.raw`\b(?:send|send over|share) (?:you )?(?:our|a) (?:rates|brochure|price list|proposal|quote|samples|details)\b`,
    String.raw`\b(?:a |to )quote\b`,
    String.raw`\bprepare a proposal\b`,
    String.raw`\b(?:new|first|couple of new|three) clients\b`,
    String.raw`\b(?:send|sending) them my way\b`,
    String.raw`\bneed (?:a |extra )?(?:freelance|capacity|help with|lunch|a website)`,
    String.raw`\b(?:our|my) (?:platform|software|solution|services?|product|agency|team builds|consultancy|company (?:supplies|offers)|data labelling|cloud cost)\b.{0,120}(?:\?|interested|would you|love to)`,
    String.raw`\b(?:we offer|we build|we manufacture|we run|we install|we've (?:launched|developed)|our company offers|i represent|i run a|i'm a (?:business coach|freelance|fractional|career coach|wedding|web developer|interior designer))\b`,
    String.raw`\bfor your (?:next|spring|company's|facilities)\b.{0,40}\b(?:campaign|offsite|manager)`,
    String.raw`\b(?:pitch for the project|supplier list|discounted package|promo for|% off)\b`,
    String.raw`\bcan i interest you\b`,
    String.raw`\bwould (?:your|you) (?:\w+ ){0,3}(?:be (?:interested|open) (?:in|to)|like us to|like a)\b.{0,60}(?:service|production|workshop|pilot|visit|assessment|translation|payroll|training)`,
    String.raw`\b(?:be your partner|work with you|work together|take on two new clients|pilot workshop)\b`,
    String.raw`\bexplore whether (?:your team could use|we could help)\b`,
    String.raw`\b(?:looking for|are you looking for) (?:a )?new (?:crm|projects|clients)\b`,
    String.raw`\bhappy with your current\b`,
    String.raw`\bpr support\b`,
    String.raw`\b(?:our|my) (?:recruitment agency|new policy)\b`,
    String.raw`\bwould be a great fit for your\b`,
    String.raw`\btell you about how our\b`,
    String.raw`\bwelcome the chance to support you\b`,
    String.raw`\bdiscovery session\b`,
  ],
  advice: [
    String.raw`\bmy (?:honest |two cents|advice|suggestion|tip)\b`,
    String.raw`\b(?:a |quick |small )?(?:tip|suggestion|pointers|word of warning)(?: from| for|:| on|,)`,
    String.raw`\bif i were you\b`,
    String.raw`\b(?:here's|heres) (?:what i'd do|my advice|a suggestion)\b`,
    String.raw`\b(?:i'd|i would) (?:suggest|recommend|push back|avoid|skip|go with|start with|only do it)\b`,
    String.raw`\bi think you should\b`,
    String.raw`\byou (?:should|might want to|might get better|may want to) (?!ask me|call me)`,
    String.raw`\bwhat (?:really )?helped me\b`,
    String.raw`\bone thing that (?:really )?helped\b`,
    String.raw`\b(?:happy|glad) to (?:share|walk you through|review)\b`,
    String.raw`\b(?:some|a few|just a) thoughts? on\b`,
    String.raw`\b(?:based on our experience|in my experience|having done)\b`,
    String.raw`\b(?:since you asked|you asked about|re your question|regarding your|about your question|re:|for your talk|for the interview|for learning)\b.{0,200}\b(?:i'd|i would|you|use|start|look into|open with|don't|do it)\b`,
    String.raw`\bdon't (?:quit|hire)\b`,
    String.raw`\bthe best way to\b`,
    String.raw`\bquick tip\b`,
  ],
  introduction_made: [
    String.raw`(?:^|[,.!:]\s*)meet (?!you\b|on\b|at\b|up\b|for\b|in\b|next\b)\w+`,
    String.raw`\b(?:introducing|introduce you to|introduce my|let me introduce|allow me to introduce|i'd like to introduce|quick intro:|introduced you (?:to|there))`,
    String.raw`\b(?:i'd love for you to meet|thought you should meet|you two should talk|you'd have a lot to talk about|over to you|take it from here|leave it to you)\b`,
    String.raw`\b(?:looping in|bringing in|adding \w+ here|i've (?:cc'd|copied)|(?:cc|cc'd)\)|put you both on this thread|i've put you both)\b`,
    String.raw`\b(?:connecting you|connect you with|connected you with|putting you (?:in touch|two in touch)|putting the two of you in touch|let me connect you)\b`,
    String.raw`\b(?:i've |i )?(?:forwarded|sent|shared|passed|gave|given)(?: him)? (?:your|on your|him your) (?:cv|details|portfolio|name|pitch|contact|email)`,
    String.raw`\b(?:passed your name|gave your name|sharing your contact)\b`,
    String.raw`\b(?:i've |i )(?:referred|recommended|introduced|mentioned) you\b`,
    String.raw`\bput in a good word\b`,
    String.raw`\bhappy to take your call\b`,
    String.raw`\bi spoke to\b.{0,80}\bhappy to chat\b`,
    String.raw`\bi(?:'ve| have)? (?:just )?emailed .{1,30} and introduced you\b`,
  ],
  congratulations: [
    String.raw`\bcongrat(?:s|ulations|ulation)\b`,
    String.raw`\bhappy (?:\d+(?:st|nd|rd|th) )?work anniversary\b`,
    String.raw`\bwell (?:done|deserved)\b`,
    String.raw`\b(?:mazel tov|kudos|félicitations|glückwunsch|parabéns|felicidades|many happy returns)\b`,
  ],
}

/**
 * Text that rules a class out even when one of its patterns matches: thanking someone for a
 * thing is not asking for it or giving it, a condolence or a refusal is neither, and an
 * announcement to everyone is not an introduction.
 */
export const NOT_INTENT: Readonly<Partial<Record<IntentClass, readonly string[]>>> = {
  introduction: [String.raw`\b(?:can't|cannot|don't know anyone)\b`],
  job: [
    String.raw`\b(?:not hiring|not looking to move|happy in my current role|thank you for your interest)\b`,
    String.raw`\bwe're hiring!`,
  ],
  money: [
    String.raw`\bthank(?:s| you) for (?:the donation|investing|your donation)\b`,
    String.raw`\b(?:decided not to raise|fundraising is done)\b`,
  ],
  sale: [
    String.raw`\b(?:not interested|no thanks|not looking for new suppliers|remove me)\b`,
    String.raw`\bearly bird\b`,
  ],
  advice: [
    String.raw`\bthank(?:s| you)(?: a lot| so much)? for (?:your |the )?advice\b`,
    String.raw`\b(?:any|do you have any) (?:advice|book recommendations)\b`,
  ],
  introduction_made: [
    String.raw`\bthank(?:s| you)(?: so much| a lot)? for (?:the |introducing|the warm)`,
    String.raw`\bintroduc(?:e|ing) (?:myself|our new podcast)\b`,
    String.raw`\bcan't introduce\b`,
  ],
  congratulations: [
    String.raw`\bthank(?:s| you)(?: so much)? for the (?:kind )?congrat`,
    String.raw`\bcongratulations to us\b`,
  ],
}

/** Asks are tried before gives, in this order; the first class that matches and is not ruled out wins. */
export const INTENT_PRIORITY: readonly IntentClass[] = [
  'money',
  'job',
  'introduction',
  'sale',
  'introduction_made',
  'advice',
  'congratulations',
]

// @NOTE The patterns are written in lower case and read over the lowercased text, not with the
// `i` flag: with `iu` V8 folds case at every step of these long alternations, 13x slower per
// message (130 µs against 10), and a million-message import reads every one of them.
function compile(sources: readonly string[] | undefined): RegExp | null {
  if (sources === undefined || sources.length === 0) return null
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u')
}

const CLASS_PATTERNS: ReadonlyArray<readonly [IntentClass, RegExp, RegExp | null]> =
  INTENT_PRIORITY.map((c) => [c, compile(INTENT_PATTERNS[c])!, compile(NOT_INTENT[c])] as const)

const NONE: MessageIntent = Object.freeze({ intent: 'none' })

/**
 * Classifies a message body (and optionally its subject) as an ask of some kind, a give of
 * some kind, or neither. Invariant: the result is `ask`/`offer` only if a pattern of that class
 * matches the text and none of its `NOT_INTENT` patterns does, and `reason` quotes what
 * matched; when several classes match, the first in `INTENT_PRIORITY` wins (asks before gives,
 * so "congrats on the raise — are you hiring?" is a job ask).
 *
 * @example
 * classifyMessageIntent('Could you introduce me to your CFO?')
 * // => { intent: 'ask', kind: 'introduction', reason: 'matched "could you introduc"' }
 * classifyMessageIntent('Thanks for the congrats!')
 * // => { intent: 'none' }
 */
export function classifyMessageIntent(body: string, subject?: string | null): MessageIntent {
  let text = (subject ? `${subject}\n${body}` : body).toLowerCase()
  if (text.length === 0) return NONE
  if (text.includes('\u2019')) text = text.replaceAll('\u2019', "'")
  for (const [cls, pattern, not] of CLASS_PATTERNS) {
    const match = pattern.exec(text)
    if (match === null || not?.test(text)) continue
    const reason = `matched "${match[0].slice(0, 60)}"`
    return ASK_KINDS.has(cls)
      ? { intent: 'ask', kind: cls as AskKind, reason }
      : { intent: 'offer', kind: cls as GiveKind, reason }
  }
  return NONE
}
