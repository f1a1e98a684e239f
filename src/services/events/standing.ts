import type { Db } from '../../db/client.js'
import { upheldReportsAgainst } from '../../db/queries/events.js'

/** How long an upheld report of soliciting weighs on a member's limits. */
const STANDING_MEMORY_MS = 365 * 24 * 3600_000

/**
 * A member's limit for reaching out to people who do not know them (message requests,
 * introduction requests), lowered by each report of soliciting a host upheld in the past year:
 * halved for each, never below one.
 */
export async function limitUnderStanding(
  db: Db,
  memberId: string,
  limit: number,
  now: Date,
): Promise<number> {
  const upheld = await upheldReportsAgainst(
    db,
    memberId,
    new Date(now.getTime() - STANDING_MEMORY_MS),
  )
  return Math.max(1, Math.floor(limit / 2 ** upheld))
}
