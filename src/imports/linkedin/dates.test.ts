import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLinkedInDate, parseMonthDay, parseYearMonth } from './dates.js'

function iso(text: string): string | null {
  return parseLinkedInDate(text)?.toISOString() ?? null
}

describe('parseLinkedInDate', () => {
  it('reads each format seen in real exports', () => {
    expect(iso('16 Dec 2024')).toBe('2024-12-16T00:00:00.000Z')
    expect(iso('02 Jan 2023')).toBe('2023-01-02T00:00:00.000Z')
    expect(iso('1/8/18, 6:14 PM')).toBe('2018-01-08T18:14:00.000Z')
    expect(iso('12/15/24, 7:47 AM')).toBe('2024-12-15T07:47:00.000Z')
    expect(iso('11/27/24, 09:51 AM')).toBe('2024-11-27T09:51:00.000Z')
    expect(iso('04/15/24, 12:05 AM')).toBe('2024-04-15T00:05:00.000Z')
    expect(iso('04/15/24, 12:05 PM')).toBe('2024-04-15T12:05:00.000Z')
    expect(iso('2024-12-16 18:24:37 UTC')).toBe('2024-12-16T18:24:37.000Z')
    expect(iso('2024/12/07 14:51:07 UTC')).toBe('2024-12-07T14:51:07.000Z')
    expect(iso('Dec 16, 2024')).toBe('2024-12-16T00:00:00.000Z')
  })

  it('refuses what is not a date', () => {
    for (const text of [
      '',
      'yesterday',
      '31 Feb 2024',
      '13/01/24, 1:00 PM',
      '1/1/24, 13:00 PM',
      '32 Dec 2024',
    ]) {
      expect(parseLinkedInDate(text)).toBeNull()
    }
  })

  it('round-trips any minute in the three main formats', () => {
    const months = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-01-01'), max: new Date('2098-12-31'), noInvalidDate: true }),
        (d) => {
          const day = new Date(
            Date.UTC(
              d.getUTCFullYear(),
              d.getUTCMonth(),
              d.getUTCDate(),
              d.getUTCHours(),
              d.getUTCMinutes(),
            ),
          )
          const y = day.getUTCFullYear()
          const h = day.getUTCHours()
          const hour12 = h % 12 === 0 ? 12 : h % 12
          const mm = String(day.getUTCMinutes()).padStart(2, '0')
          const us = `${day.getUTCMonth() + 1}/${day.getUTCDate()}/${String(y).slice(2)}, ${hour12}:${mm} ${h < 12 ? 'AM' : 'PM'}`
          expect(parseLinkedInDate(us)?.getTime()).toBe(day.getTime())
          const stamp = `${day.toISOString().slice(0, 10)} ${day.toISOString().slice(11, 19)} UTC`
          expect(parseLinkedInDate(stamp)?.getTime()).toBe(day.getTime())
          const dmy = `${String(day.getUTCDate()).padStart(2, '0')} ${months[day.getUTCMonth()]} ${y}`
          expect(parseLinkedInDate(dmy)?.getTime()).toBe(
            Date.UTC(y, day.getUTCMonth(), day.getUTCDate()),
          )
        },
      ),
    )
  })
})

describe('parseYearMonth and parseMonthDay', () => {
  it('read Positions and Profile dates', () => {
    expect(parseYearMonth('Feb 2022')).toEqual({ year: 2022, month: 2 })
    expect(parseYearMonth('2017')).toEqual({ year: 2017, month: null })
    expect(parseYearMonth('')).toBeNull()
    expect(parseYearMonth('Foo 2017')).toBeNull()
    expect(parseMonthDay('Mar 31')).toEqual({ month: 3, day: 31 })
    expect(parseMonthDay('Feb 29')).toEqual({ month: 2, day: 29 })
    expect(parseMonthDay('Feb 30')).toBeNull()
  })
})
