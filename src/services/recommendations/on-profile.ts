import type { ProfileRecommendation } from '../../contracts/recommendations.js'
import { recommendationsFor } from '../../db/queries/recommendations.js'
import { refusedEitherWay } from '../blocks/index.js'
import type { ServiceContext } from '../context.js'
import { viewsOf } from './recommendations.js'

/**
 * The approved recommendations on a member's profile, newest first, for whoever may see the
 * profile: the author chose to write it for the profile and the subject approved it, so both
 * consented to showing this one tie (docs/decisions/0040). A block between the two takes it down.
 */
export async function recommendationsOnProfile(
  ctx: ServiceContext,
  subjectId: string,
): Promise<ProfileRecommendation[]> {
  const approved = []
  for (const row of await recommendationsFor(ctx.db, subjectId, 'approved')) {
    if (!(await refusedEitherWay(ctx.db, row.authorId, row.subjectId))) approved.push(row)
  }
  return (await viewsOf(ctx, approved, null)).map((r) => ({
    id: r.id,
    author: r.author,
    body: r.body,
    engagement: r.engagement,
    approvedAt: r.approvedAt,
  }))
}
