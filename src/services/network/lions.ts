import type { Db } from '../../db/client.js'
import { invitationBehaviour, invitationsReceivedBehaviour } from '../../db/queries/invitations.js'
import { declaredOpenNetworkers } from '../../db/queries/members.js'
import type { LionBehaviour } from '../../graph/lion-scan.js'
import type { NetworkIndex } from './network-index.js'

export interface LionLabel {
  score: number
  reasons: string[]
  degree: number
  clustering: number
}

/**
 * Scores the whole community for open networkers: the structure of the graph (degree against
 * local clustering, contacts spread over unrelated groups) with each member's invitation
 * behaviour and self-declaration. Triangles are counted in worker threads.
 */
export async function scanCommunityForLions(
  db: Db,
  index: NetworkIndex,
): Promise<Map<string, LionLabel>> {
  const members = index.memberIds()
  const [sent, received, declared] = await Promise.all([
    invitationBehaviour(db, members),
    invitationsReceivedBehaviour(db, members),
    declaredOpenNetworkers(db),
  ])
  const behaviour = new Map<string, LionBehaviour>()
  const entry = (id: string) => {
    let found = behaviour.get(id)
    if (found === undefined) {
      found = {}
      behaviour.set(id, found)
    }
    return found
  }
  for (const row of sent) {
    const answered = row.sent
    Object.assign(entry(row.memberId), {
      invitationsSent: row.sent,
      unknownAnswers: row.dontKnow,
      ignoredInvitationRate: answered === 0 ? 0 : (row.ignored + row.dontKnow) / answered,
    })
  }
  for (const row of received) {
    if (row.answered > 0) entry(row.memberId).acceptanceRate = row.accepted / row.answered
  }
  for (const id of declared) entry(id).selfDeclared = true
  return await index.scanForLions((id) => behaviour.get(id), declared)
}
