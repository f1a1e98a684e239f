import type { MemberSummary, WarmPath } from '../api/schema.js'
import { useWarmPaths } from '../hooks/useWarmPaths.js'
import { ErrorNotice } from './ErrorNotice.js'
import { Loading } from './Loading.js'
import { WarmPathItem } from './WarmPathItem.js'

const SHOWN = 5

/**
 * The members who could introduce the caller in one step, ranked by the weakest link of their
 * path (a tie not yet scored counts as strong, as in the ranking itself).
 */
export function rankedIntroducers(paths: readonly WarmPath[]): MemberSummary[] {
  const best = new Map<string, { member: MemberSummary; weakest: number }>()
  for (const path of paths) {
    const member = path.viaMembers[0]
    if (member === undefined || path.viaMembers.length !== 1) continue
    const weakest = path.weakestLink ?? 1
    const seen = best.get(member.id)
    if (seen === undefined || seen.weakest < weakest) best.set(member.id, { member, weakest })
  }
  return [...best.values()].sort((a, b) => b.weakest - a.weakest).map((e) => e.member)
}

/** The best paths to a member through people who know both sides, best first. */
export function WarmPaths({ target }: { target: Pick<MemberSummary, 'id' | 'name'> }) {
  const paths = useWarmPaths(target.id)
  const all = paths.data?.paths ?? []
  const list = all.slice(0, SHOWN)
  const introducers = rankedIntroducers(all)
  return (
    <section className="card stack-sm" aria-labelledby="paths-heading">
      <h2 id="paths-heading">Warm paths</h2>
      <p className="muted">
        Who could introduce you, ranked by the strength of every tie on the way; a path is only as
        good as its weakest link. Only ties you may use count, and you see your own score of your
        first tie: how strong the others are is for the people on them to know.
      </p>
      {paths.isPending ? (
        <Loading label="Finding paths…" />
      ) : paths.isError ? (
        <ErrorNotice error={paths.error} onRetry={() => void paths.refetch()} />
      ) : list.length === 0 ? (
        <p>No path within three hops that you may see.</p>
      ) : (
        <ul className="plain-list stack-sm" aria-label={`Paths to ${target.name}`}>
          {list.map((path) => (
            <WarmPathItem key={path.via.join('>')} path={path} introducers={introducers} />
          ))}
        </ul>
      )}
    </section>
  )
}
