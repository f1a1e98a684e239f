import type { TieBand } from '../api/schema.js'

export const BAND_LABELS: Record<TieBand, string> = {
  strong: 'Strong',
  medium: 'Medium',
  weak: 'Weak',
  dormant: 'Dormant',
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`
}

/** The caller's own score of one of their ties, or that it is not scored yet. */
export function ownScoreLabel(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? percent(value) : 'not scored yet'
}
