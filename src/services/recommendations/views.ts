import type { MemberSummary } from '../../contracts/profile.js'
import type { Engagement } from '../../contracts/recommendations.js'
import type { WorkedTogetherRow } from '../../db/queries/recommendations.js'
import { engagementLine } from '../../domain/engagement.js'
import { AppError } from '../../errors.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'

export function engagementOf(row: WorkedTogetherRow): Engagement {
  const confirmed = row.status === 'confirmed'
  return {
    id: row.id,
    company: row.company,
    from: row.from,
    to: row.to,
    confirmed,
    line: engagementLine(row.company, row.from, row.to, confirmed),
  }
}

/** Summaries of members that must exist (both ends of a row the caller may see). */
export async function requiredSummaries(
  ctx: ServiceContext,
  ids: string[],
): Promise<(id: string) => MemberSummary> {
  const summaries = await summariesOf(ctx, ids)
  return (id) => {
    const summary = summaries.get(id)
    if (summary === undefined) throw new AppError('not_found', 'No such member')
    return summary
  }
}
