import type { ContactSummary, TieBand } from '../api/types.js'

export const BAND_ORDER: readonly TieBand[] = ['strong', 'medium', 'weak', 'dormant']

export const BAND_LABELS: Record<TieBand, string> = {
  strong: 'Strong',
  medium: 'Medium',
  weak: 'Weak',
  dormant: 'Dormant',
}

// @NOTE Mirrors the server's cut-offs, only for answers that carry a strength but no band.
const STRONG_FROM = 0.6
const MEDIUM_FROM = 0.35

/** The band the server gave, or one read from the strength. */
export function bandOf(contact: Pick<ContactSummary, 'band' | 'strength'>): TieBand | null {
  if (contact.band) return contact.band
  if (typeof contact.strength !== 'number') return null
  if (contact.strength >= STRONG_FROM) return 'strong'
  if (contact.strength >= MEDIUM_FROM) return 'medium'
  return 'weak'
}

export function percent(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value * 100)}%` : '—'
}

/** The caller's own score of one of their ties, or that it is not scored yet. */
export function ownScoreLabel(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? percent(value) : 'not scored yet'
}
