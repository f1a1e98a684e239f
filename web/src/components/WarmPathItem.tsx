import { Link } from 'react-router'
import type { MemberSummary, WarmPath } from '../api/schema.js'
import { ownScoreLabel } from './tie-band.js'

interface WarmPathItemProps {
  path: WarmPath
  /** Link the target's name to their page (lists of several targets). */
  linkTarget?: boolean
  /** The target's title, where the list is about people in a role. */
  title?: string
}

function MemberStep({ member }: { member: MemberSummary }) {
  return <Link to={`/members/${encodeURIComponent(member.id)}`}>{member.name}</Link>
}

/**
 * You → introducer → … → target, with your own score of your first tie. The other ties rank the
 * path but are not shown: their strengths are other members' private scores.
 */
export function WarmPathItem({ path, linkTarget = false, title }: WarmPathItemProps) {
  const { target } = path
  const introducer = path.viaMembers[0]
  const yourTie = ownScoreLabel(path.strength)
  return (
    <li className="card path-item">
      <ol className="path" aria-label={`Path to ${target.name}`}>
        <li>You</li>
        {path.viaMembers.map((member) => (
          <li key={member.id}>
            <MemberStep member={member} />
          </li>
        ))}
        <li>
          <strong>{linkTarget ? <MemberStep member={target} /> : target.name}</strong>
          {title ? <span className="muted"> · {title}</span> : null}
        </li>
      </ol>
      <p className="muted">
        {introducer
          ? `${introducer.name} could introduce you · your tie to ${introducer.name}: ${yourTie}`
          : `You are connected directly · your tie: ${yourTie}`}
      </p>
    </li>
  )
}
