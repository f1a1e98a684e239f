import { beforeAll, expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { hostEvent, invite, type Member, noticesOf, rsvp, viewEvent } from './event-helpers.js'

async function requestTo(env: TestEnv, from: Member, to: Member) {
  return await call(env.app, 'POST', '/api/messages', {
    as: from,
    body: { to: to.id, body: 'Would you like to hear about our product?', purpose: 'sales' },
  })
}

describeEachDatabase(
  'event reports',
  (env) => {
    let operator: Member
    beforeAll(async () => {
      operator = await signUp(env().app, { name: 'Operator' })
    })

    it('reach the host alone; an upheld one lowers the offender’s limits, and removal says only that', async () => {
      const e = env()
      const host = await signUp(e.app, { name: 'Host' })
      const [reporter, seller, guest, waiting, stranger] = [
        await signUp(e.app, { name: 'Reporter' }),
        await signUp(e.app, { name: 'Seller' }),
        await signUp(e.app, { name: 'Guest' }),
        await signUp(e.app, { name: 'Waiting' }),
        await signUp(e.app, { name: 'Stranger' }),
      ]
      const targets = [
        await signUp(e.app),
        await signUp(e.app),
        await signUp(e.app),
        await signUp(e.app),
      ]
      await invite(e, host, 'mixer', [reporter, seller, guest, waiting])
      const id = await hostEvent(e, host, { capacity: 3 })
      for (const m of [reporter, seller, guest]) await rsvp(e, m, id, 'yes')
      expect((await rsvp(e, waiting, id, 'yes')).json().status).toBe('waitlisted')

      const report = { subjectId: seller.id, note: 'Pitched his agency to everyone' }
      // Only an attendee reports, and only someone who is there.
      expect(
        (await call(e.app, 'POST', `/api/events/${id}/reports`, { as: waiting, body: report }))
          .statusCode,
      ).toBe(403)
      for (const outsider of [stranger, operator]) {
        const r = await call(e.app, 'POST', `/api/events/${id}/reports`, {
          as: outsider,
          body: report,
        })
        expect(r.statusCode).toBe(404)
      }
      expect(
        (await call(e.app, 'POST', `/api/events/${id}/reports`, { body: report })).statusCode,
      ).toBe(401)
      const notThere = await call(e.app, 'POST', `/api/events/${id}/reports`, {
        as: reporter,
        body: { subjectId: stranger.id },
      })
      expect(notThere.statusCode).toBe(404)
      const made = await call(e.app, 'POST', `/api/events/${id}/reports`, {
        as: reporter,
        body: report,
      })
      expect(made.statusCode).toBe(201)
      const reportId = made.json().id

      const listed = await call(e.app, 'GET', `/api/events/${id}/reports`, { as: host })
      expect(listed.json().items).toEqual([
        expect.objectContaining({
          id: reportId,
          status: 'open',
          note: 'Pitched his agency to everyone',
          subject: expect.objectContaining({ id: seller.id }),
        }),
      ])
      for (const other of [reporter, seller, guest, stranger, operator]) {
        expect(
          (await call(e.app, 'GET', `/api/events/${id}/reports`, { as: other })).statusCode,
        ).toBe(404)
        const decided = await call(
          e.app,
          'POST',
          `/api/events/${id}/reports/${reportId}/decision`,
          {
            as: other,
            body: { decision: 'uphold' },
          },
        )
        expect(decided.statusCode).toBe(404)
      }

      // Before the host decides, the seller's limit is the configured one.
      expect((await requestTo(e, seller, targets[0] as Member)).statusCode).toBe(201)
      expect((await requestTo(e, seller, targets[1] as Member)).statusCode).toBe(201)
      const upheld = await call(e.app, 'POST', `/api/events/${id}/reports/${reportId}/decision`, {
        as: host,
        body: { decision: 'uphold' },
      })
      expect(upheld.json()).toEqual({ status: 'upheld' })
      const again = await call(e.app, 'POST', `/api/events/${id}/reports/${reportId}/decision`, {
        as: host,
        body: { decision: 'dismiss' },
      })
      expect(again.statusCode).toBe(409)
      // Four a day halved to two: the third is refused. Someone in good standing goes on.
      expect((await requestTo(e, seller, targets[2] as Member)).statusCode).toBe(429)
      for (const t of targets.slice(0, 3)) {
        expect((await requestTo(e, guest, t)).statusCode).toBe(201)
      }

      // The host removes the seller: told only that, out of the event, the place offered on.
      const removed = await call(e.app, 'POST', `/api/events/${id}/attendees/${seller.id}/remove`, {
        as: host,
      })
      expect(removed.statusCode).toBe(200)
      expect((await noticesOf(e, seller)).map((n) => n.kind)).toEqual(['removed', 'invited'])
      expect((await viewEvent(e, seller, id)).statusCode).toBe(404)
      expect((await rsvp(e, seller, id, 'yes')).statusCode).toBe(404)
      expect((await viewEvent(e, waiting, id)).json().myRsvp.status).toBe('offered')
      const byGuest = await call(
        e.app,
        'POST',
        `/api/events/${id}/attendees/${reporter.id}/remove`,
        {
          as: guest,
        },
      )
      expect(byGuest.statusCode).toBe(404)
    })
  },
  { messageRequestsPerDay: 4 },
)
