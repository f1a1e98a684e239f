import { ago, DAY_MS } from './reason-phrases.js'

export interface StayInTouchContact {
  id: string
  circles: readonly string[]
  /** The last time the two were in touch; see `lastContactAt` in relationship.ts. */
  lastContactAt: Date | null
}

export interface DueContact {
  id: string
  /** The circle whose cadence is most overdue (the tightest one, when several apply). */
  circle: string
  cadenceDays: number
  lastContactAt: Date | null
  /** Whole days since last contact; `null` when there never was one. */
  daysSince: number | null
  /** Days past the cadence (negative: due soon, within the horizon); `null` with no contact. */
  overdueDays: number | null
  /** `daysSince / cadenceDays`; `Infinity` with no contact. */
  overdueRatio: number
  reason: string
}

export interface StayInTouchOptions {
  /** Also list contacts due within this many days (default 0: only those already due). */
  horizonDays?: number
}

/**
 * The cadence in words: "weekly", "monthly", "quarterly", … or "every 10 days".
 *
 * @example
 * cadenceLabel(30) // => 'monthly'
 */
export function cadenceLabel(days: number): string {
  if (days === 1) return 'daily'
  if (days === 7) return 'weekly'
  if (days === 14) return 'every two weeks'
  if (days >= 28 && days <= 31) return 'monthly'
  if (days >= 89 && days <= 92) return 'quarterly'
  if (days >= 180 && days <= 184) return 'twice a year'
  if (days >= 365 && days <= 366) return 'yearly'
  return `every ${days} days`
}

/**
 * Who is due a word from the member. A contact in circles with cadences (days between
 * contacts, e.g. `{ clients: 30 }`) is due when `daysSince ≥ cadence − horizon`; of several
 * circles the one with the highest `daysSince / cadence` counts. Never-contacted members of a
 * circle are due first; the rest are sorted by that ratio, most overdue first (a monthly client
 * 47 days out ranks above a yearly friend 400 days out), then by days overdue and id.
 * Circles without a positive cadence are ignored. Linear in contacts × circles, plus the sort.
 *
 * @example
 * stayInTouch(
 *   [{ id: 'c1', circles: ['clients'], lastContactAt: new Date('2025-01-01') }],
 *   { clients: 30 }, new Date('2025-02-17'))
 * // => [{ id: 'c1', circle: 'clients', cadenceDays: 30, daysSince: 47, overdueDays: 17,
 * //       reason: 'clients: monthly — last contact 47 days ago', … }]
 */
export function stayInTouch(
  contacts: readonly StayInTouchContact[],
  cadences: Readonly<Record<string, number>>,
  now: Date,
  options: StayInTouchOptions = {},
): DueContact[] {
  const nowMs = now.getTime()
  const horizon = Math.max(0, options.horizonDays ?? 0)
  const due: DueContact[] = []
  for (const c of contacts) {
    const last = c.lastContactAt?.getTime()
    const known = last !== undefined && Number.isFinite(last)
    const daysSince = known ? Math.max(0, Math.floor((nowMs - last) / DAY_MS)) : null
    let circle: string | null = null
    let cadence = 0
    let ratio = Number.NEGATIVE_INFINITY
    for (const name of c.circles) {
      const days = Object.hasOwn(cadences, name) ? cadences[name] : undefined
      if (days === undefined || !(days > 0)) continue
      const r = daysSince === null ? Number.POSITIVE_INFINITY : daysSince / days
      if (r > ratio || (r === ratio && days < cadence)) {
        circle = name
        cadence = days
        ratio = r
      }
    }
    if (circle === null) continue
    if (daysSince !== null && daysSince < cadence - horizon) continue
    const when = daysSince === null ? 'no contact recorded' : `last contact ${ago(daysSince)}`
    due.push({
      id: c.id,
      circle,
      cadenceDays: cadence,
      lastContactAt: known ? new Date(last) : null,
      daysSince,
      overdueDays: daysSince === null ? null : daysSince - cadence,
      overdueRatio: ratio,
      reason: `${circle}: ${cadenceLabel(cadence)} — ${when}`,
    })
  }
  due.sort(
    (a, b) =>
      b.overdueRatio - a.overdueRatio ||
      (b.overdueDays ?? 0) - (a.overdueDays ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return due
}
