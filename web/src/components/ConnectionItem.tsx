import type { Connection } from '../api/schema.js'
import { describeHowWeMet, formatDate } from '../lib/format.js'
import { MemberLink } from './MemberLink.js'

interface ConnectionItemProps {
  connection: Connection
  onRemove: (connection: Connection) => void
  removing: boolean
}

export function ConnectionItem({ connection, onRemove, removing }: ConnectionItemProps) {
  const { member } = connection
  return (
    <li className="card connection">
      <MemberLink member={member} />
      <div className="connection-meta">
        <p>{describeHowWeMet(connection.howWeMet)}</p>
        <p className="muted">
          Connected since <time dateTime={connection.since}>{formatDate(connection.since)}</time>
          {typeof connection.strength === 'number' ? (
            <> · tie strength {Math.round(connection.strength * 100)}%</>
          ) : null}
        </p>
      </div>
      <button
        type="button"
        className="button button-ghost button-small"
        onClick={() => onRemove(connection)}
        disabled={removing}
      >
        Remove<span className="visually-hidden"> {member.name}</span>
      </button>
    </li>
  )
}
