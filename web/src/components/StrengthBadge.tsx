import type { TieBand } from '../api/schema.js'
import { BAND_LABELS, percent } from './tie-band.js'

/** A tie's band in its colour, with the strength as a number so colour is never the only cue. */
export function StrengthBadge({
  band,
  strength,
}: {
  band: TieBand | null
  strength: number | null
}) {
  if (!band) return <span className="badge band band-unknown">Not scored</span>
  return (
    <span className={`badge band band-${band}`}>
      {BAND_LABELS[band]}
      {typeof strength === 'number' ? ` · ${percent(strength)}` : ''}
    </span>
  )
}
