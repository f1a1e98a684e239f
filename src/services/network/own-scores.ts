import type { Db } from '../../db/client.js'
import { strengthsBetween } from '../../db/queries/contacts.js'

/**
 * The viewer's own scores of their ties to these members: the strength their contact record was
 * last scored at, absent where it has not been scored. These are the only tie strengths a viewer
 * is ever shown.
 */
export async function ownScoresOf(
  db: Db,
  viewer: string,
  members: readonly string[],
): Promise<Map<string, number>> {
  const rows = await strengthsBetween(
    db,
    [...new Set(members)].map((memberId) => ({ ownerId: viewer, memberId })),
  )
  return new Map(rows.flatMap((r) => (r.strength === null ? [] : [[r.memberId, r.strength]])))
}
