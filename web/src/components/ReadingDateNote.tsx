import type { ReadingDate } from '../api/schema.js'
import { setReadingBasis } from '../hooks/useReadingBasis.js'

/**
 * "Read as of 16 Dec 2024, the date of your export", with the switch to today and back. Shown
 * on every page of analysis; nothing to switch when the history is not an older export.
 */
export function ReadingDateNote({ asOf }: { asOf: ReadingDate | undefined }) {
  if (asOf === undefined) return null
  if (asOf.exportDate === null) return null
  return (
    <p className="muted" data-testid="reading-date">
      Read {asOf.label}.{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => setReadingBasis(asOf.basis === 'export' ? 'today' : 'export')}
      >
        {asOf.basis === 'export' ? 'Read as of today' : 'Read as of the export'}
      </button>
    </p>
  )
}
