import { Link } from 'react-router'
import type { MemberSummary } from '../api/schema.js'
import { currentRole } from '../lib/member-ref.js'

/** A member's name linking to their page, with their headline or current role beneath. */
export function MemberLink({ member }: { member: MemberSummary }) {
  const subtitle = member.headline || currentRole(member)
  return (
    <div className="member-link">
      <span className="avatar" aria-hidden="true">
        {initials(member.name)}
      </span>
      <div>
        <Link to={`/members/${encodeURIComponent(member.id)}`} className="member-name">
          {member.name}
        </Link>
        {subtitle ? <p className="member-subtitle">{subtitle}</p> : null}
      </div>
    </div>
  )
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
}
