import type { RemovedConnection } from '../api/schema.js'
import { formatDate } from '../lib/format.js'
import { MemberLink } from './MemberLink.js'

interface RecentlyRemovedProps {
  items: RemovedConnection[]
  onRestore: (item: RemovedConnection) => void
  restoring: string | undefined
}

/** Removal keeps all history for 30 days; this is where it can be taken back. */
export function RecentlyRemoved({ items, onRestore, restoring }: RecentlyRemovedProps) {
  return (
    <section aria-labelledby="removed-heading" className="stack">
      <h2 id="removed-heading">Recently removed</h2>
      <p className="muted">
        Removing is quiet: the other person is not notified, and nothing you recorded is lost. You
        can restore a connection for 30 days.
      </p>
      {items.length === 0 ? (
        <p>Nobody removed recently.</p>
      ) : (
        <ul className="plain-list stack-sm">
          {items.map((item) => (
            <li key={item.member.id} className="card connection">
              <MemberLink member={item.member} />
              <p className="muted">
                Can be restored until{' '}
                <time dateTime={item.undoUntil}>{formatDate(item.undoUntil)}</time>
              </p>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onRestore(item)}
                disabled={restoring === item.member.id}
              >
                Restore<span className="visually-hidden"> {item.member.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
