/**
 * Offsets of an IANA time zone from UTC, read from the runtime's time-zone data (Intl), which is
 * the same data the zone names are validated against.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(zone, f)
  }
  return f
}

/** Minutes to add to UTC to get the zone's wall-clock time at the instant `ms`. */
export function offsetMinutesAt(zone: string, ms: number): number {
  const parts = Object.fromEntries(
    formatterOf(zone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  )
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  const whole = Math.floor(ms / 1000) * 1000
  return Math.round((wall - whole) / 60_000)
}

/** The zone's short name at the instant (EST, CEST, or GMT+1 where the runtime has none). */
export function zoneAbbreviationAt(zone: string, ms: number): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value
  return name ?? zone
}

export interface ZoneTransition {
  /** The instant the offset changes. */
  at: number
  fromMinutes: number
  toMinutes: number
}

// Offsets change at most once a day in every zone there is, so a day is a safe step to look at.
const STEP = 24 * 3600_000

/** Every change of the zone's offset in [from, to), found day by day and then to the minute. */
export function transitionsBetween(zone: string, from: number, to: number): ZoneTransition[] {
  const found: ZoneTransition[] = []
  let previous = offsetMinutesAt(zone, from)
  for (let t = from + STEP; t < to + STEP; t += STEP) {
    const current = offsetMinutesAt(zone, t)
    if (current === previous) continue
    let lo = t - STEP
    let hi = t
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000
      if (offsetMinutesAt(zone, mid) === previous) lo = mid
      else hi = mid
    }
    found.push({ at: hi, fromMinutes: previous, toMinutes: current })
    previous = current
  }
  return found
}
