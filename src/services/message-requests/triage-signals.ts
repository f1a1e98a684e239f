import type { Db } from '../../db/client.js'
import { findMemberById } from '../../db/queries/members.js'
import { interactionKindsWith } from '../../db/queries/message-requests.js'
import type { TriageSignals } from '../../domain/triage/triage-score.js'
import type { ServiceContext } from '../context.js'
import { summariesWithin } from '../members/index.js'

const MET_KINDS = ['meeting', 'event'] as const
const INTRO_KINDS = ['intro_made', 'intro_received'] as const

/**
 * What is known of the sender from the recipient's side. Mutual strong ties are only those the
 * recipient may see (the index's mutual connections pass the privacy rule at every hop), held
 * strong by both sides.
 */
export async function triageSignals(
  ctx: ServiceContext,
  db: Db,
  sender: string,
  recipient: string,
): Promise<TriageSignals> {
  const index = await ctx.network.get()
  const strongIds = index
    .mutuals(recipient, sender)
    .filter(
      (m) =>
        index.relationOf(recipient, m) === 'strong_tie' &&
        index.relationOf(sender, m) === 'strong_tie',
    )
  const names = await summariesWithin(db, strongIds)
  const kinds = await interactionKindsWith(db, recipient, sender, [...MET_KINDS, ...INTRO_KINDS])
  const member = await findMemberById(db, sender)
  return {
    mutualStrongTies: strongIds.flatMap((id) => {
      const name = names.get(id)?.name
      return name === undefined ? [] : [name]
    }),
    metInPerson: kinds.some((k) => (MET_KINDS as readonly string[]).includes(k)),
    introducedBefore: kinds.some((k) => (INTRO_KINDS as readonly string[]).includes(k)),
    student: member?.student ?? false,
    inTransition: member?.inTransition ?? false,
    openNetworker: ctx.network.lions()?.has(sender) ?? false,
  }
}
