import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ContactSummary } from '../api/schema.js'
import { formatDate } from '../lib/format.js'
import { currentRole } from '../lib/member-ref.js'
import { StrengthBadge } from './StrengthBadge.js'

/** One contact in the list: name and role, band and strength, the top reason, last contact. */
export function ContactRow({ contact, select }: { contact: ContactSummary; select?: ReactNode }) {
  const { band } = contact
  const role = currentRole(contact)
  const recency = /^last (contact|heard)/i.test(contact.topReason ?? '')
  return (
    <li className={`card contact-row${band ? ` band-edge-${band}` : ''}`}>
      <div>
        {select}
        <Link to={`/contacts/${encodeURIComponent(contact.id)}`} className="member-name">
          {contact.name}
        </Link>
        {role ? <p className="member-subtitle">{role}</p> : null}
      </div>
      <div className="stack-sm">
        <p className="badges">
          <StrengthBadge band={band} strength={contact.strength} />
          {contact.circles.map((circle) => (
            <span key={circle} className="badge">
              {circle}
            </span>
          ))}
        </p>
        {contact.topReason ? <p>{contact.topReason}</p> : null}
      </div>
      {/* The top reason is often the last contact itself ("last contact 3 years ago"): not twice. */}
      {recency ? null : (
        <p className="muted">
          {contact.lastContactAt ? (
            <>
              Last contact{' '}
              <time dateTime={contact.lastContactAt}>{formatDate(contact.lastContactAt)}</time>
            </>
          ) : (
            'No contact recorded'
          )}
        </p>
      )}
    </li>
  )
}
