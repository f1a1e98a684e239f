import type { Interaction } from '../api/schema.js'
import { formatDate } from '../lib/format.js'
import { INTERACTION_LABELS } from './interaction-kinds.js'

// @NOTE `source` is open-ended on the server (each importer names its own); unknown ones show as is.
const SOURCES: Record<string, string> = {
  manual: 'logged by you',
  platform: 'on Rapport',
  linkedin: 'from LinkedIn',
  vcard: 'from a vCard',
}

/** Interactions newest first, each with its kind, day, source and note. */
export function Timeline({ entries }: { entries: Interaction[] }) {
  if (entries.length === 0) return <p className="muted">Nothing has passed between you yet.</p>
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <ol className="timeline" aria-label="Interactions, newest first">
      {sorted.map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>{INTERACTION_LABELS[entry.kind]}</strong> ·{' '}
            <time dateTime={entry.at}>{formatDate(entry.at)}</time>
            <span className="muted"> · {SOURCES[entry.source] ?? entry.source}</span>
          </p>
          {entry.note ? <p className="muted prose">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  )
}
