/** Plain-English pieces shared by every reason the intelligence model gives. */

export const DAY_MS = 86_400_000
export const HOUR_MS = 3_600_000
const DAYS_PER_YEAR = 365.25
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12

/**
 * "once", "twice", "3 times" — and "never" for zero.
 *
 * @example
 * times(1) // => 'once'
 */
export function times(n: number): string {
  if (n === 0) return 'never'
  if (n === 1) return 'once'
  if (n === 2) return 'twice'
  return `${n} times`
}

/**
 * `n` and the noun, pluralised with an "s" unless a plural is given.
 *
 * @example
 * count(1, 'meeting') // => '1 meeting'
 * count(3, 'reply', 'replies') // => '3 replies'
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}

/**
 * A span of days in the coarsest unit that still reads precisely: days below 60, months below
 * two years, then whole years (rounded down, so "4 years" means at least four).
 *
 * @example
 * span(47) // => '47 days'
 * span(1500) // => '4 years'
 */
export function span(days: number): string {
  const d = Math.max(0, Math.floor(days))
  if (d < 60) return count(d, 'day')
  // @NOTE A day of slack so that calendar anniversaries read as whole units despite leap days.
  if (d < 2 * DAYS_PER_YEAR) return count(Math.floor((d + 1) / DAYS_PER_MONTH), 'month')
  return count(Math.floor((d + 1) / DAYS_PER_YEAR), 'year')
}

/**
 * How long ago, in words: "today", "yesterday", "47 days ago", "4 years ago".
 *
 * @example
 * ago(0.5) // => 'today'
 * ago(1500) // => '4 years ago'
 */
export function ago(days: number): string {
  if (days < 1) return 'today'
  if (days < 2) return 'yesterday'
  return `${span(days)} ago`
}

/** Whole days between two epoch-millisecond instants, never negative. */
export function daysBetween(fromMs: number, toMs: number): number {
  return Math.max(0, (toMs - fromMs) / DAY_MS)
}

/** Clamp to [0,1]; NaN becomes 0. */
export function unit(x: number): number {
  if (!(x > 0)) return 0
  return Math.min(x, 1)
}
