import { offsetMinutesAt, transitionsBetween, zoneAbbreviationAt } from './zone-offsets.js'

/**
 * An iCalendar (RFC 5545) writer for one event, as a file to publish or as an iTIP message
 * (RFC 5546): escaped text, lines folded at 75 octets, CRLF, and a VTIMEZONE for its TZID.
 */

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL'

export interface CalendarEvent {
  uid: string
  sequence: number
  stamp: Date
  start: Date
  end: Date
  timeZone: string
  summary: string
  description: string
  location: string
  url: string | null
  cancelled: boolean
  organizer: { name: string; email: string }
}

export interface CalendarAttendee {
  name: string
  email: string
  /** The invitee's answer so far, as iTIP says it. */
  partstat: 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE'
}

export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll(/\r\n|\r|\n/g, '\\n')
}

function quoteParam(value: string): string {
  // A parameter value cannot hold a double quote nor a control character at all.
  return `"${value.replaceAll(/["\p{Cc}]/gu, '')}"`
}

/** Folds a content line so that no line is longer than 75 octets, never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = out.length === 0 ? 75 : 74
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function basicDateTime(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(
    d.getUTCHours(),
  )}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
}

export function utcDateTime(at: Date): string {
  return `${basicDateTime(at.getTime())}Z`
}

/** The wall-clock time in the zone, as a DATE-TIME without a Z, to go with a TZID. */
export function localDateTime(at: Date, zone: string): string {
  return basicDateTime(at.getTime() + offsetMinutesAt(zone, at.getTime()) * 60_000)
}

function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
}

/**
 * The zone's VTIMEZONE for the years around the event: one observance per change of offset,
 * each starting at its local time before the change, so any reader computes the same offsets.
 */
export function vtimezone(zone: string, around: { start: Date; end: Date }): string[] {
  const from = Date.UTC(around.start.getUTCFullYear(), 0, 1)
  const to = Date.UTC(around.end.getUTCFullYear() + 1, 0, 1)
  const initial = offsetMinutesAt(zone, from)
  const observance = (kind: string, at: number, fromMin: number, toMin: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${basicDateTime(at + fromMin * 60_000)}`,
    `TZOFFSETFROM:${utcOffset(fromMin)}`,
    `TZOFFSETTO:${utcOffset(toMin)}`,
    `TZNAME:${escapeText(zoneAbbreviationAt(zone, at))}`,
    `END:${kind}`,
  ]
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`]
  lines.push(...observance('STANDARD', from, initial, initial))
  for (const t of transitionsBetween(zone, from, to)) {
    const kind = t.toMinutes > t.fromMinutes ? 'DAYLIGHT' : 'STANDARD'
    lines.push(...observance(kind, t.at, t.fromMinutes, t.toMinutes))
  }
  lines.push('END:VTIMEZONE')
  return lines
}

const STATUS: Record<CalendarMethod, string> = {
  PUBLISH: 'CONFIRMED',
  REQUEST: 'CONFIRMED',
  CANCEL: 'CANCELLED',
}

/**
 * The whole calendar object. A PUBLISH names nobody but the organizer; a REQUEST or CANCEL is
 * addressed to the attendees given (for mail, the one recipient).
 */
export function calendarObject(
  method: CalendarMethod,
  event: CalendarEvent,
  attendees: CalendarAttendee[] = [],
): string {
  const status = event.cancelled ? 'CANCELLED' : STATUS[method]
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Events//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...vtimezone(event.timeZone, { start: event.start, end: event.end }),
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART;TZID=${event.timeZone}:${localDateTime(event.start, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${localDateTime(event.end, event.timeZone)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description === '' ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
    ...(event.location === '' ? [] : [`LOCATION:${escapeText(event.location)}`]),
    ...(event.url === null ? [] : [`URL:${event.url}`]),
    `STATUS:${status}`,
    `ORGANIZER;CN=${quoteParam(event.organizer.name)}:mailto:${event.organizer.email}`,
    ...attendees.map(
      (a) =>
        `ATTENDEE;CN=${quoteParam(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${a.partstat};RSVP=${
          method === 'REQUEST' ? 'TRUE' : 'FALSE'
        }:mailto:${a.email}`,
    ),
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
