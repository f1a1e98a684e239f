import { Link } from 'react-router'
import type { MemberSummary, WarmPath } from '../api/types.js'
import { viaIds } from '../hooks/useWarmPaths.js'
import { ownScoreLabel } from './tie-band.js'

interface WarmPathItemProps {
  path: WarmPath
  target: MemberSummary
  names: Map<string, MemberSummary>
  /** Link the target's name to their page (lists of several targets). */
  linkTarget?: boolean
  /** The target's title, where the list is about people in a role. */
  title?: string
}

function MemberStep({ id, names }: { id: string; names: Map<string, MemberSummary> }) {
  const member = names.get(id)
  return <Link to={`/members/${encodeURIComponent(id)}`}>{member?.name ?? 'A member'}</Link>
}

/**
 * You → introducer → … → target, with your own score of your first tie. The other ties rank the
 * path but are not shown: their strengths are other members' private scores.
 */
export function WarmPathItem({
  path,
  target,
  names,
  linkTarget = false,
  title,
}: WarmPathItemProps) {
  const via = viaIds(path)
  const introducer = via[0]
  const introducerName = introducer ? (names.get(introducer)?.name ?? 'a member') : null
  const yourTie = ownScoreLabel(path.strength)
  return (
    <li className="card path-item">
      <ol className="path" aria-label={`Path to ${target.name}`}>
        <li>You</li>
        {via.map((id) => (
          <li key={id}>
            <MemberStep id={id} names={names} />
          </li>
        ))}
        <li>
          <strong>
            {linkTarget ? (
              <Link to={`/members/${encodeURIComponent(target.id)}`}>{target.name}</Link>
            ) : (
              target.name
            )}
          </strong>
          {title ? <span className="muted"> · {title}</span> : null}
        </li>
      </ol>
      <p className="muted">
        {introducerName
          ? `${introducerName} could introduce you · your tie to ${introducerName}: ${yourTie}`
          : `You are connected directly · your tie: ${yourTie}`}
      </p>
    </li>
  )
}
