import type { WarmPathView } from '../../contracts/paths.js'
import type { MemberSummary } from '../../contracts/profile.js'
import { AppError } from '../../errors.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import type { PathView } from './network-index.js'

export interface PathPresenter {
  path(path: PathView): WarmPathView
  member(id: string): MemberSummary
  /** The viewer's own score of their tie to a member, null while not scored. */
  ownScore(id: string): number | null
}

/**
 * What answers about these paths show: the members on them (and `alsoShown`) from the member
 * directory, and the viewer's own scores of their first ties from the community graph, which
 * follows every rescore. A path shows the viewer's own score of its first tie and nothing
 * derived from anyone else's (see docs/decisions/0012).
 */
export async function pathPresenter(
  ctx: ServiceContext,
  viewer: string,
  paths: readonly PathView[],
  alsoShown: readonly string[] = [],
): Promise<PathPresenter> {
  const [summaries, index] = await Promise.all([
    summariesOf(ctx, [...new Set([...paths.flatMap((p) => p.nodes.slice(1)), ...alsoShown])]),
    ctx.network.get(),
  ])
  const member = (id: string): MemberSummary => {
    const found = summaries.get(id)
    if (found === undefined) throw new AppError('not_found', 'No such member')
    return found
  }
  const ownScore = (id: string) => index.ownScore(viewer, id)
  return {
    member,
    ownScore,
    path(p) {
      const via = p.nodes.slice(1, -1)
      const first = ownScore(p.nodes[1] ?? '')
      return {
        via,
        viaMembers: via.map(member),
        target: member(p.nodes.at(-1) ?? ''),
        hops: p.hops,
        strength: first,
        weakestLink: p.hops === 1 ? first : null,
      }
    },
  }
}
