import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMailTransport } from '../../src/mail/transport.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { parseMail, type SmtpSink, startSmtpSink } from '../setup/smtp-sink.js'
import { hostEvent, invite, rsvp } from './event-helpers.js'
import { readCalendar } from './ical-reader.js'
import { connect } from './relationship-helpers.js'

// Real calendar programs' files, in the shared test data beside the repository.
const REAL_CALENDARS = new URL('../../../shared/testdata/ics/', import.meta.url)

function realFile(path: string): string {
  return readFileSync(new URL(path, REAL_CALENDARS), 'utf8')
}

// 00:30 in New York on the night the clocks go back (EDT, -4), to 03:30 (EST, -5): four hours.
const ACROSS_THE_CHANGE = {
  startsAt: '2026-11-01T04:30:00Z',
  endsAt: '2026-11-01T08:30:00Z',
  timeZone: 'America/New_York',
}

function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true)
  for (const line of text.split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(line).not.toContain('\n')
  }
}

describe('the calendar reader the tests use', () => {
  it('reads real calendars with their own time zones right', () => {
    const google = readCalendar(realFile('ical.js/recur_instances.ics'))
    expect(google.timezones).toContain('America/Los_Angeles')
    // 10:00 in Los Angeles in October (PDT, -7).
    expect(google.events[0]?.start.toISOString()).toBe('2012-10-02T17:00:00.000Z')
    const outlook = readCalendar(realFile('collective-icalendar/alarm_outlook_in_future.ics'))
    expect(outlook.timezones).toEqual(['GMT Standard Time'])
    // 18:30 in London in October (BST, +1), by the Windows zone the file defines.
    const evening = outlook.events.find((e) => e.startZone === 'GMT Standard Time')
    expect(evening?.start.toISOString()).toBe('2024-10-04T17:30:00.000Z')
  })
})

describeEachDatabase('event calendars', (env) => {
  let sink: SmtpSink
  beforeAll(async () => {
    sink = await startSmtpSink()
  })
  afterAll(async () => {
    env().ctx.mail?.close()
    env().ctx.mail = null
    await sink.close()
  })

  it('serves a PUBLISH file with the time zone right across a DST change and no attendee in it', async () => {
    const e = env()
    const host = await signUp(e.app, { name: 'Ana Host' })
    const [guest, stranger] = [await signUp(e.app), await signUp(e.app)]
    await invite(e, host, 'mixer', [guest])
    const id = await hostEvent(e, host, { ...ACROSS_THE_CHANGE, title: 'Mixer; autumn, late' })
    await rsvp(e, guest, id, 'yes')
    for (const who of [host, guest]) {
      const r = await call(e.app, 'GET', `/api/events/${id}/calendar.ics`, { as: who })
      expect(r.statusCode).toBe(200)
      expect(r.headers['content-type']).toContain('text/calendar')
      expectWellFormed(r.body)
      const calendar = readCalendar(r.body)
      expect(calendar.method).toBe('PUBLISH')
      expect(calendar.timezones).toEqual(['America/New_York'])
      const [event] = calendar.events
      expect(event?.startZone).toBe('America/New_York')
      expect(event?.start.toISOString()).toBe('2026-11-01T04:30:00.000Z')
      expect(event?.end.toISOString()).toBe('2026-11-01T08:30:00.000Z')
      expect(event?.summary).toBe('Mixer; autumn, late')
      expect(event?.attendees).toEqual([])
      expect(r.body).not.toContain(guest.email)
      expect(r.body).toContain('DTSTART;TZID=America/New_York:20261101T003000')
      expect(r.body).toContain('DTEND;TZID=America/New_York:20261101T033000')
    }
    const refused = await call(e.app, 'GET', `/api/events/${id}/calendar.ics`, { as: stranger })
    expect(refused.statusCode).toBe(404)
    expect((await call(e.app, 'GET', `/api/events/${id}/calendar.ics`)).statusCode).toBe(401)
  })

  it('mails invitees an iTIP REQUEST, a higher SEQUENCE on each change, and a CANCEL', async () => {
    const e = env()
    e.ctx.mail = createMailTransport(sink.url, 'Rapport <rapport@localhost>')
    const host = await signUp(e.app, { name: 'Ana Host' })
    const [guest, friend] = [await signUp(e.app, { name: 'Guest' }), await signUp(e.app)]
    await invite(e, host, 'mixer', [guest])
    await connect(e, host, friend)
    const id = await hostEvent(e, host, ACROSS_THE_CHANGE)
    await e.ctx.jobs.runDue()
    await call(e.app, 'PATCH', `/api/events/${id}`, { as: host, body: { place: 'Rooftop' } })
    await e.ctx.jobs.runDue()
    await call(e.app, 'POST', `/api/events/${id}/cancel`, { as: host })
    await e.ctx.jobs.runDue()
    const received = sink.received.filter((m) => m.to.includes(guest.email))
    expect(received).toHaveLength(3)
    expect(sink.received.filter((m) => m.to.includes(friend.email))).toEqual([])
    const read = []
    for (const mail of received) {
      expect(mail.raw).toMatch(
        /Content-Type: text\/calendar; charset=utf-8; method=(REQUEST|CANCEL)/,
      )
      const parsed = await parseMail(mail)
      const part = parsed.attachments.find((a) => a.contentType === 'text/calendar')
      if (part === undefined) throw new Error('no calendar part')
      const text = part.content.toString('utf8')
      expectWellFormed(text)
      read.push({ subject: parsed.subject, calendar: readCalendar(text), text })
    }
    expect(read.map((r) => [r.calendar.method, r.calendar.events[0]?.sequence])).toEqual([
      ['REQUEST', 0],
      ['REQUEST', 1],
      ['CANCEL', 2],
    ])
    const uids = new Set(read.map((r) => r.calendar.events[0]?.uid))
    expect(uids.size).toBe(1)
    for (const { calendar, text } of read) {
      const [event] = calendar.events
      expect(calendar.timezones).toEqual(['America/New_York'])
      expect(event?.start.toISOString()).toBe('2026-11-01T04:30:00.000Z')
      expect(event?.end.toISOString()).toBe('2026-11-01T08:30:00.000Z')
      expect(event?.organizer).toBe(`mailto:${host.email}`)
      expect(event?.attendees).toEqual([`mailto:${guest.email}`])
      expect(event?.stamp).not.toBeNull()
      expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
    }
    expect(read[2]?.calendar.events[0]?.status).toBe('CANCELLED')
  })
})
