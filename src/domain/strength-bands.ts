export const TIE_BANDS = ['strong', 'medium', 'weak', 'dormant'] as const
export type TieBand = (typeof TIE_BANDS)[number]

/** Lower bounds of the bands on the strength scale. */
export const STRONG_FROM = 0.6
export const MEDIUM_FROM = 0.35

/** Two years without hearing from a contact makes the tie dormant, whatever its past. */
export const DORMANT_AFTER_DAYS = 730

/**
 * The band of a tie: `dormant` when the contact has not been heard from for
 * `DORMANT_AFTER_DAYS` (or never, with no known start), otherwise by strength — `strong` from
 * 0.6, `medium` from 0.35, else `weak`. Dormancy is about silence rather than strength because
 * a once-close tie gone quiet is still worth reviving (Levin, Walter & Murnighan 2011), so it
 * keeps a fair strength but is shown apart.
 *
 * @example
 * bandOf(0.7, 30) // => 'strong'
 * bandOf(0.7, 1000) // => 'dormant'
 * bandOf(0.2, null) // => 'dormant'
 */
export function bandOf(strength: number, silentDays: number | null): TieBand {
  if (silentDays === null || silentDays >= DORMANT_AFTER_DAYS) return 'dormant'
  if (strength >= STRONG_FROM) return 'strong'
  if (strength >= MEDIUM_FROM) return 'medium'
  return 'weak'
}
