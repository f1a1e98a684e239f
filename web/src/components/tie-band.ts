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
