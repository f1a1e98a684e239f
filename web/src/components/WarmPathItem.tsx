import { Link } from 'react-router'
import type { MemberSummary, WarmPath } from '../api/schema.js'
import { percent } from './tie-band.js'

interface WarmPathItemProps {
  path: WarmPath
  /** Link the target's name to their page (lists of several targets). */
  linkTarget?: boolean
}

function MemberStep({ member }: { member: MemberSummary }) {
  return <Link to={`/members/${encodeURIComponent(member.id)}`}>{member.name}</Link>
}

/** You → introducer → … → target, with the path's strength and its weakest link. */
export function WarmPathItem({ path, linkTarget = false }: WarmPathItemProps) {
  const { target } = path
  const introducer = path.viaMembers[0]
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
        </li>
      </ol>
      <p className="muted">
        {introducer ? `${introducer.name} could introduce you` : 'You are connected directly'} ·
        path strength {percent(path.strength)} · weakest link {percent(path.weakestLink)}
      </p>
    </li>
  )
}
