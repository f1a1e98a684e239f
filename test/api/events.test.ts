import { beforeAll, expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import {
  DAY,
  eventBody,
  HOUR,
  hostEvent,
  invite,
  type Member,
  noticesOf,
  rsvp,
  viewEvent,
} from './event-helpers.js'
import { connect } from './relationship-helpers.js'

describeEachDatabase('events', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  /** A host with two guests in the mixer circle, a connection outside it, and a stranger. */
  async function party(capacity = 10) {
    const e = env()
    const host = await signUp(e.app, { name: 'Host' })
    const [guest, attendee, friend, stranger] = [
      await signUp(e.app, { name: 'Guest' }),
      await signUp(e.app, { name: 'Attendee' }),
      await signUp(e.app, { name: 'Friend' }),
      await signUp(e.app, { name: 'Stranger' }),
    ]
    await invite(e, host, 'mixer', [guest, attendee])
    await connect(e, host, friend)
    const id = await hostEvent(e, host, { capacity })
    return { e, host, guest, attendee, friend, stranger, id }
  }

  it('shows the event to its host and invitees only; everyone else gets 404, signed out 401', async () => {
    const { e, host, guest, attendee, friend, stranger, id } = await party()
    expect((await rsvp(e, attendee, id, 'yes')).json()).toEqual({
      status: 'yes',
      offerExpiresAt: null,
    })
    const hosted = await viewEvent(e, host, id)
    expect(hosted.statusCode).toBe(200)
    expect(hosted.json()).toMatchObject({
      isHost: true,
      circles: ['mixer'],
      codeOfConduct: 'No soliciting: this is for meeting each other',
      going: 1,
    })
    const seen = await viewEvent(e, guest, id)
    expect(seen.statusCode).toBe(200)
    expect(seen.json()).toMatchObject({ isHost: false, circles: null, myRsvp: null })
    expect((await viewEvent(e, attendee, id)).json().myRsvp).toEqual({
      status: 'yes',
      offerExpiresAt: null,
    })
    for (const outsider of [friend, stranger, operator]) {
      expect((await viewEvent(e, outsider, id)).statusCode).toBe(404)
      expect((await rsvp(e, outsider, id, 'yes')).statusCode).toBe(404)
      const calendar = await call(e.app, 'GET', `/api/events/${id}/calendar.ics`, { as: outsider })
      expect(calendar.statusCode).toBe(404)
      const list = (await call(e.app, 'GET', '/api/events', { as: outsider })).json()
      expect(list.items.map((i: { id: string }) => i.id)).not.toContain(id)
      expect((await noticesOf(e, outsider)).map((n) => n.eventId)).not.toContain(id)
    }
    expect((await viewEvent(e, undefined, id)).statusCode).toBe(401)
    expect((await rsvp(e, undefined, id, 'yes')).statusCode).toBe(401)
    const listed = (await call(e.app, 'GET', '/api/events', { as: guest })).json()
    expect(listed.items).toEqual([expect.objectContaining({ id, isHost: false, myStatus: null })])
    expect(await noticesOf(e, guest)).toEqual([{ eventId: id, kind: 'invited' }])
    // Nobody answers for the host, and nobody edits but the host.
    expect((await rsvp(e, host, id, 'yes')).statusCode).toBe(409)
    for (const other of [guest, attendee, friend, stranger, operator]) {
      const edit = await call(e.app, 'PATCH', `/api/events/${id}`, {
        as: other,
        body: { title: 'Mine now' },
      })
      expect(edit.statusCode).toBe(404)
      const cancel = await call(e.app, 'POST', `/api/events/${id}/cancel`, { as: other })
      expect(cancel.statusCode).toBe(404)
    }
  })

  it('asks a yes to accept the code of conduct (422), and refuses bad input with 400', async () => {
    const { e, host, guest, id } = await party()
    const refused = await rsvp(e, guest, id, 'yes', false)
    expect(refused.statusCode).toBe(422)
    const missing = await call(e.app, 'POST', `/api/events/${id}/rsvp`, {
      as: guest,
      body: { status: 'yes' },
    })
    expect(missing.statusCode).toBe(422)
    expect((await viewEvent(e, guest, id)).json().myRsvp).toBeNull()
    expect((await rsvp(e, guest, id, 'maybe')).json().status).toBe('maybe')
    for (const body of [
      eventBody(e, { timeZone: 'Mars/Olympus' }),
      eventBody(e, { timeZone: '+05:00' }),
      eventBody(e, { endsAt: eventBody(e).startsAt }),
      eventBody(e, { capacity: 0 }),
      eventBody(e, { place: '' }),
      eventBody(e, { circles: [] }),
      { ...eventBody(e), extra: true },
    ]) {
      const r = await call(e.app, 'POST', '/api/events', { as: host, body })
      expect(r.statusCode).toBe(400)
      expect(r.headers['content-type']).toContain('application/problem+json')
    }
    const online = await call(e.app, 'POST', '/api/events', {
      as: host,
      body: eventBody(e, { place: undefined, onlineUrl: 'https://meet.example.org/mixer' }),
    })
    expect(online.statusCode).toBe(201)
    const past = await call(e.app, 'POST', '/api/events', {
      as: host,
      body: eventBody(e, {
        startsAt: new Date(e.clock.now.getTime() - 3 * HOUR).toISOString(),
        endsAt: new Date(e.clock.now.getTime() - HOUR).toISOString(),
      }),
    })
    expect(past.statusCode).toBe(422)
    const badRsvp = await call(e.app, 'POST', `/api/events/${id}/rsvp`, {
      as: guest,
      body: { status: 'offered' },
    })
    expect(badRsvp.statusCode).toBe(400)
  })

  it('waitlists a yes past capacity and offers a freed place to the first who waits, for 48 hours', async () => {
    const e = env()
    const host = await signUp(e.app, { name: 'Host' })
    const [a, b, c] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await invite(e, host, 'mixer', [a, b, c])
    const id = await hostEvent(e, host, { capacity: 1 })
    expect((await rsvp(e, a, id, 'yes')).json().status).toBe('yes')
    expect((await rsvp(e, b, id, 'yes')).json().status).toBe('waitlisted')
    e.clock.advance(HOUR)
    expect((await rsvp(e, c, id, 'yes')).json().status).toBe('waitlisted')
    // Asking again keeps one's place in the line.
    expect((await rsvp(e, b, id, 'yes')).json().status).toBe('waitlisted')
    expect((await rsvp(e, a, id, 'no')).json().status).toBe('no')
    const offered = (await viewEvent(e, b, id)).json()
    expect(offered.myRsvp.status).toBe('offered')
    expect(Date.parse(offered.myRsvp.offerExpiresAt)).toBe(e.clock.now.getTime() + 48 * HOUR)
    expect(await noticesOf(e, b)).toContainEqual({ eventId: id, kind: 'offered' })
    // The offer holds the place: one who comes back waits, behind those already waiting.
    e.clock.advance(60_000)
    expect((await rsvp(e, a, id, 'yes')).json().status).toBe('waitlisted')
    // Not yet due: nothing passes on.
    e.clock.advance(47 * HOUR)
    await e.ctx.jobs.runDue()
    expect((await viewEvent(e, b, id)).json().myRsvp.status).toBe('offered')
    e.clock.advance(2 * HOUR)
    await e.ctx.jobs.runDue()
    expect((await viewEvent(e, b, id)).json().myRsvp.status).toBe('no')
    expect(await noticesOf(e, b)).toContainEqual({ eventId: id, kind: 'offer_lapsed' })
    expect((await viewEvent(e, c, id)).json().myRsvp.status).toBe('offered')
    expect((await rsvp(e, c, id, 'yes')).json().status).toBe('yes')
    e.clock.advance(3 * DAY)
    await e.ctx.jobs.runDue()
    expect((await viewEvent(e, c, id)).json().myRsvp.status).toBe('yes')
    expect((await viewEvent(e, a, id)).json().myRsvp.status).toBe('waitlisted')
    // More places: the waitlist moves at once.
    const edited = await call(e.app, 'PATCH', `/api/events/${id}`, {
      as: host,
      body: { capacity: 2 },
    })
    expect(edited.statusCode).toBe(200)
    expect((await viewEvent(e, a, id)).json().myRsvp.status).toBe('offered')
  })

  it('tells invitees of a change and of a cancellation, in the app and by mail', async () => {
    const { e, host, guest, attendee, friend, id } = await party()
    await rsvp(e, attendee, id, 'yes')
    await e.ctx.jobs.runDue()
    const edit = await call(e.app, 'PATCH', `/api/events/${id}`, {
      as: host,
      body: { title: 'Summer mixer', place: 'Rooftop, Lisbon' },
    })
    expect(edit.statusCode).toBe(200)
    expect((await viewEvent(e, guest, id)).json()).toMatchObject({ title: 'Summer mixer' })
    await e.ctx.jobs.runDue()
    const cancelled = await call(e.app, 'POST', `/api/events/${id}/cancel`, { as: host })
    expect(cancelled.statusCode).toBe(200)
    await e.ctx.jobs.runDue()
    for (const m of [guest, attendee]) {
      expect((await noticesOf(e, m)).filter((n) => n.eventId === id).map((n) => n.kind)).toEqual([
        'cancelled',
        'updated',
        'invited',
      ])
    }
    expect((await noticesOf(e, friend)).filter((n) => n.eventId === id)).toEqual([])
    expect((await viewEvent(e, guest, id)).json().status).toBe('cancelled')
    expect((await rsvp(e, guest, id, 'yes')).statusCode).toBe(409)
    expect((await call(e.app, 'POST', `/api/events/${id}/cancel`, { as: host })).statusCode).toBe(
      409,
    )
    const outbox = await call(e.app, 'GET', '/dev/mail.json', { as: operator })
    const subjects = (outbox.json().items as { to: string; subject: string }[])
      .filter((m) => m.to === guest.email)
      .map((m) => m.subject)
    expect(subjects).toEqual(
      expect.arrayContaining([
        'Invitation: Spring mixer',
        'Updated: Summer mixer',
        'Cancelled: Summer mixer',
      ]),
    )
    expect(subjects).toHaveLength(3)
    const friendMail = (outbox.json().items as { to: string }[]).filter(
      (m) => m.to === friend.email,
    )
    expect(friendMail).toEqual([])
  })
})
