import type { Db } from '../../db/client.js'
import { invitationBehaviour, invitationsReceivedBehaviour } from '../../db/queries/invitations.js'
import { declaredOpenNetworkers } from '../../db/queries/members.js'
import { type LionBehaviour, scanForLions } from '../../graph/lion-scan.js'
import { countTrianglesParallel, localClustering } from '../../graph/triangles.js'
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
 * behaviour and self-declaration. Triangles are counted in worker threads, over a compacted copy
 * of the graph.
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
  const csr = index.compacted()
  const triangles = await countTrianglesParallel(csr)
  const clustering = localClustering(csr, triangles.perNode)
  const extra = declared.flatMap((id) => {
    const node = index.nodeOfMember(id)
    return node === null ? [] : [node]
  })
  const flagged = scanForLions(
    csr,
    clustering,
    (node) => behaviour.get(index.memberAt(node)),
    extra,
  )
  return new Map(
    flagged.map((f) => [
      index.memberAt(f.node),
      { score: f.score, reasons: f.reasons, degree: f.degree, clustering: f.clustering },
    ]),
  )
}
