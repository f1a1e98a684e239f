import ICAL from 'ical.js'

export interface ReadEvent {
  uid: string
  sequence: number
  stamp: string | null
  start: Date
  end: Date
  startZone: string | null
  summary: string
  status: string | null
  organizer: string | null
  attendees: string[]
}

export interface ReadCalendar {
  method: string | null
  timezones: string[]
  events: ReadEvent[]
}

/**
 * Reads a calendar as a calendar program does with ical.js: its own VTIMEZONEs registered first,
 * so each DTSTART;TZID is turned into an instant by the zone definition the file carries.
 */
export function readCalendar(text: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(text))
  const timezones: string[] = []
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(tz)
    // A VTIMEZONE without a TZID (one of the real files has one) names nothing to look up.
    if (!zone.tzid) continue
    ICAL.TimezoneService.register(zone)
    timezones.push(zone.tzid)
  }
  const events = root.getAllSubcomponents('vevent').map((c) => {
    const event = new ICAL.Event(c)
    const stamp = c.getFirstPropertyValue('dtstamp')
    return {
      uid: event.uid,
      sequence: event.sequence,
      stamp: stamp === null ? null : String(stamp),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone:
        (c.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      summary: event.summary,
      status: (c.getFirstPropertyValue('status') as string | null) ?? null,
      organizer: (c.getFirstPropertyValue('organizer') as string | null) ?? null,
      attendees: c.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
    }
  })
  return {
    method: (root.getFirstPropertyValue('method') as string | null) ?? null,
    timezones,
    events,
  }
}
