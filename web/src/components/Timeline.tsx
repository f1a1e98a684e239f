import type { Interaction } from '../api/schema.js'
import { formatDate } from '../lib/format.js'
import { INTERACTION_LABELS } from './interaction-kinds.js'

// @NOTE `source` is open-ended on the server (each importer names its own); unknown ones show as is.
const SOURCES: Record<string, string> = {
  manual: 'logged by you',
  platform: 'on Rapport',
  linkedin: 'from LinkedIn',
  vcard: 'from a vCard',
  demo: 'demo data',
}

const DETAILS: Record<
  'member' | 'contact' | 'unknown',
  Record<'ask' | 'offer' | 'none', string | null>
> = {
  member: { ask: 'You asked for help', offer: 'You offered help', none: 'You reached out' },
  contact: { ask: 'They asked for help', offer: 'They offered help', none: 'They reached out' },
  unknown: { ask: 'Help was asked for', offer: 'Help was offered', none: null },
}

/**
 * What is known of an entry besides its kind and day, so one without a note still says
 * something: who started it and whether help was asked or offered.
 */
function detailOf(entry: Interaction): string {
  return DETAILS[entry.by ?? 'unknown'][entry.intent ?? 'none'] ?? 'No note was kept.'
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
          {entry.note ? (
            <p className="prose">{entry.note}</p>
          ) : (
            <p className="muted">{detailOf(entry)}</p>
          )}
        </li>
      ))}
    </ol>
  )
}
