import type { MemberSummary } from '../api/schema.js'
import { useWarmPaths } from '../hooks/useWarmPaths.js'
import { ErrorNotice } from './ErrorNotice.js'
import { Loading } from './Loading.js'
import { WarmPathItem } from './WarmPathItem.js'

const SHOWN = 5

/** The best paths to a member through people who know both sides, best first. */
export function WarmPaths({ target }: { target: Pick<MemberSummary, 'id' | 'name'> }) {
  const paths = useWarmPaths(target.id)
  const list = (paths.data?.paths ?? []).slice(0, SHOWN)
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
            <WarmPathItem key={path.via.join('>')} path={path} />
          ))}
        </ul>
      )}
    </section>
  )
}
