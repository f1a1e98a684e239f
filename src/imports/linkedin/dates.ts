import type { YearMonth } from '../types.js'

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

function monthOf(name: string): number | null {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? null
}

function utc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  if (hour > 23 || minute > 59 || second > 60) return null
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  // @NOTE Date.UTC rolls 31 Feb over into March; a round trip rejects such dates.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null
  return date
}

function fullYear(text: string): number {
  const year = Number(text)
  return text.length <= 2 ? 2000 + year : year
}

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:UTC|Z|GMT)?$/i
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/
const US =
  /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/

/**
 * Reads every date format LinkedIn exports have used, as UTC (the exports carry no zone
 * except the literal `UTC`): `16 Dec 2024`, `12/15/24, 7:47 AM`, `11/27/24, 09:51 AM`,
 * `2024-12-16 18:24:37 UTC`, `2024/12/07 14:51:07 UTC`, plus `Dec 16, 2024` and bare ISO dates.
 * Returns null for anything else, including impossible dates.
 */
export function parseLinkedInDate(raw: string): Date | null {
  const text = raw.trim()
  if (text === '') return null
  let m = ISO.exec(text)
  if (m !== null) {
    return utc(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    )
  }
  m = US.exec(text)
  if (m !== null) {
    let hour = Number(m[4] ?? 0)
    const meridiem = m[7]?.toLowerCase()
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return null
      if (meridiem === 'pm' && hour !== 12) hour += 12
      if (meridiem === 'am' && hour === 12) hour = 0
    }
    return utc(
      fullYear(m[3] ?? ''),
      Number(m[1]),
      Number(m[2]),
      hour,
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    )
  }
  m = DAY_MONTH_YEAR.exec(text)
  if (m !== null) {
    const month = monthOf(m[2] ?? '')
    return month === null ? null : utc(Number(m[3]), month, Number(m[1]))
  }
  m = MONTH_DAY_YEAR.exec(text)
  if (m !== null) {
    const month = monthOf(m[1] ?? '')
    return month === null ? null : utc(Number(m[3]), month, Number(m[2]))
  }
  return null
}

/** `Feb 2022`, `2017`, `2022-02` or `02/2022` (Positions.csv); null otherwise. */
export function parseYearMonth(raw: string): YearMonth | null {
  const text = raw.trim()
  let m = /^(\d{4})$/.exec(text)
  if (m !== null) return { year: Number(m[1]), month: null }
  m = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(text)
  if (m !== null) {
    const month = monthOf(m[1] ?? '')
    return month === null ? null : { year: Number(m[2]), month }
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(text) ?? null
  if (m !== null) {
    const month = Number(m[2])
    return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(text)
  if (m !== null) {
    const month = Number(m[1])
    return month >= 1 && month <= 12 ? { year: Number(m[2]), month } : null
  }
  return null
}

/** `Mar 31` (Profile.csv's Birth Date, which has no year); null otherwise. */
export function parseMonthDay(raw: string): { month: number; day: number } | null {
  const m = /^([A-Za-z]{3,9})\.? (\d{1,2})$/.exec(raw.trim())
  if (m === null) return null
  const month = monthOf(m[1] ?? '')
  const day = Number(m[2])
  if (month === null || day < 1 || day > 31) return null
  // @NOTE 2000 is a leap year, so 29 Feb passes and 30 Feb does not.
  return utc(2000, month, day) === null ? null : { month, day }
}
