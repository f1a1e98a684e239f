import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, localDateTime, vtimezone } from './icalendar.js'
import { offsetMinutesAt } from './zone-offsets.js'

describe('iCalendar writing', () => {
  it('escapes the characters TEXT reserves', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne')
  })

  it('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`)
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    }
    expect(folded.replaceAll('\r\n ', '')).toBe(`SUMMARY:${'é'.repeat(80)}`)
  })

  it('writes wall-clock time on either side of a change of offset', () => {
    expect(offsetMinutesAt('America/New_York', Date.parse('2026-11-01T05:59:00Z'))).toBe(-240)
    expect(offsetMinutesAt('America/New_York', Date.parse('2026-11-01T06:00:00Z'))).toBe(-300)
    expect(localDateTime(new Date('2026-11-01T08:30:00Z'), 'America/New_York')).toBe(
      '20261101T033000',
    )
    expect(localDateTime(new Date('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe('20260701T173000')
  })

  it('gives a zone without changes a single observance', () => {
    const lines = vtimezone('Asia/Kolkata', {
      start: new Date('2026-07-01T12:00:00Z'),
      end: new Date('2026-07-01T14:00:00Z'),
    })
    expect(lines.filter((l) => l.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VTIMEZONE',
      'BEGIN:STANDARD',
    ])
    expect(lines).toContain('TZOFFSETTO:+0530')
  })
})
