/**
 * The inputs of the relationship-intelligence model: one member's record of one contact.
 * Everything is seen from the member's point of view (`message_sent`: the member wrote to the
 * contact). See docs/intelligence.md for how each field is used.
 */

export const INTERACTION_KINDS = [
  'message_sent',
  'message_received',
  'meeting',
  'call',
  'favor_given',
  'favor_asked',
  'intro_made',
  'intro_received',
  'referral',
  'recommendation',
  'event',
] as const
export type InteractionKind = (typeof INTERACTION_KINDS)[number]

/** What a message was for, from the intent classifier: an ask for an intro, a job, money or a sale. */
export type InteractionIntent = 'ask' | 'offer' | 'none'

/** Who acted in an interaction; `null` for shared ones (a meeting, a call, an event). */
export type Actor = 'member' | 'contact'

export interface Interaction {
  kind: InteractionKind
  at: Date
  intent?: InteractionIntent | undefined
  /**
   * Who did it, for the kinds whose direction is not in the name (`favor_given`, `favor_asked`,
   * `referral`, `recommendation`). Defaults are in `actorOf`.
   */
  by?: Actor | undefined
}

export const HOW_MET_KINDS = [
  'worked_together',
  'studied_together',
  'met_in_person',
  'introduced',
  'other',
  'imported',
] as const
export type HowMetKind = (typeof HOW_MET_KINDS)[number]

/** An invitation to connect, as an export records it. */
export interface InvitationSignal {
  /** Who asked to connect: seeking someone out says more than accepting. */
  by: Actor
  at: Date
  /** Whether the invitation carried a personal note rather than the default text. */
  note: boolean
}

/**
 * What an export says about a tie besides messages: how the connection was made, endorsements
 * both ways, and an employer the two shared. People with no messages are told apart by these.
 */
export interface TieSignals {
  invitation?: InvitationSignal | undefined
  endorsementsGiven?: number | undefined
  endorsementsReceived?: number | undefined
  /**
   * An employer of the member's (from Positions.csv) that the contact works at, with the member's
   * years there; `overlap` when the two were there at the same time as far as the records show
   * (the member is still there, or the two connected while the member was).
   */
  sharedEmployer?: { company: string; from: number | null; to: number | null; overlap: boolean }
}

export interface Relationship {
  /** When the two met or connected, if known. */
  since: Date | null
  /**
   * When the two connected (on LinkedIn or here), for connections only. A person met only in
   * messages or entered by hand never connected, and no reason may say they did.
   */
  connectedAt?: Date | null | undefined
  /** What an export says about the tie besides interactions. */
  signals?: TieSignals | undefined
  howMet: HowMetKind | null
  /** Where or how, in words, for reasons: "at a conference", "at Acme". Optional. */
  howMetNote?: string | undefined
  /** In any order; interactions after `now` are ignored by every function. */
  interactions: readonly Interaction[]
  /** Contacts that are strong ties of both the member and this contact. */
  mutualStrongTies: number
  circles: readonly string[]
  /** Open-networker score in [0,1], computed by LION detection. */
  lionScore?: number | undefined
}

/**
 * Who acted in an interaction. Messages and introductions carry their direction in the kind;
 * for the others `by` decides, with the defaults that match how a member logs them: a favour
 * given is one the member gave, a favour asked is one the contact asked of the member, a
 * referral or recommendation is one the member made for the contact.
 *
 * @example
 * actorOf({ kind: 'favor_asked', at: new Date() }) // => 'contact'
 * actorOf({ kind: 'favor_asked', at: new Date(), by: 'member' }) // => 'member'
 * actorOf({ kind: 'meeting', at: new Date() }) // => null
 */
export function actorOf(interaction: Interaction): Actor | null {
  switch (interaction.kind) {
    case 'message_sent':
    case 'intro_made':
      return 'member'
    case 'message_received':
    case 'intro_received':
      return 'contact'
    case 'favor_asked':
      return interaction.by ?? 'contact'
    case 'favor_given':
    case 'referral':
    case 'recommendation':
      return interaction.by ?? 'member'
    default:
      return interaction.by ?? null
  }
}

/**
 * The last time the member and the contact were in touch in any way (the member's own messages
 * count: reaching out is staying in touch), falling back to `since`; `null` if neither exists.
 * Interactions after `now` are ignored.
 *
 * @example
 * lastContactAt({ since: null, interactions: [{ kind: 'call', at: new Date('2024-05-01') }] },
 *   new Date('2025-01-01')) // => 2024-05-01
 */
export function lastContactAt(
  rel: Pick<Relationship, 'since' | 'interactions'>,
  now: Date,
): Date | null {
  const limit = now.getTime()
  let last = Number.NEGATIVE_INFINITY
  for (const i of rel.interactions) {
    const t = i.at.getTime()
    if (t > last && t <= limit) last = t
  }
  if (last !== Number.NEGATIVE_INFINITY) return new Date(last)
  return rel.since !== null && rel.since.getTime() <= limit ? rel.since : null
}
