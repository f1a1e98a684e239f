import type { TimelineEntry } from '../api/types.js'
import { formatDate } from '../lib/format.js'
import { interactionLabel } from './interaction-kinds.js'

const SOURCES: Record<string, string> = {
  manual: 'logged by you',
  platform: 'on Rapport',
  linkedin: 'from LinkedIn',
  vcard: 'from a vCard',
}

/** Interactions newest first, each with its kind, day, source and note. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="muted">Nothing has passed between you yet.</p>
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <ol className="timeline" aria-label="Interactions, newest first">
      {sorted.map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>{interactionLabel(entry.kind)}</strong> ·{' '}
            <time dateTime={entry.at}>{formatDate(entry.at)}</time>
            {entry.source ? (
              <span className="muted"> · {SOURCES[entry.source] ?? entry.source}</span>
            ) : null}
          </p>
          {entry.note ? <p className="muted prose">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  )
}
