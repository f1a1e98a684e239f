import { beforeAll, expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { DAY, hostEvent, invite, type Member, rsvp } from './event-helpers.js'
import { connect, patchMe } from './relationship-helpers.js'

async function attendees(env: TestEnv, who: Member | undefined, id: string) {
  return await call(env.app, 'GET', `/api/events/${id}/attendees`, who ? { as: who } : {})
}

async function timelineOf(env: TestEnv, owner: Member, other: Member) {
  const items: { id: string; memberId: string | null }[] = (
    await call(env.app, 'GET', '/api/contacts?limit=200', { as: owner })
  ).json().items
  const contact = items.find((i) => i.memberId === other.id)
  if (contact === undefined) return []
  const detail = (await call(env.app, 'GET', `/api/contacts/${contact.id}`, { as: owner })).json()
  return detail.timeline as { kind: string }[]
}

describeEachDatabase('event attendees', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  it('are shown to the host and those going only, with reasons to meet through the visibility rule', async () => {
    const e = env()
    const host = await signUp(e.app, { name: 'Host' })
    const [a, b, c, friend, stranger] = [
      await signUp(e.app, { name: 'Alex' }),
      await signUp(e.app, { name: 'Bea' }),
      await signUp(e.app, { name: 'Cy' }),
      await signUp(e.app, { name: 'Friend' }),
      await signUp(e.app, { name: 'Stranger' }),
    ]
    const [ana, hidden] = [
      await signUp(e.app, { name: 'Ana' }),
      await signUp(e.app, { name: 'Hidden' }),
    ]
    await invite(e, host, 'mixer', [a, b, c])
    await connect(e, host, friend)
    for (const m of [a, b]) {
      await connect(e, ana, m)
      await connect(e, hidden, m)
    }
    // Ana lets her connections see whom she knows; Hidden lets nobody.
    await patchMe(e, ana, { visibility: 'connections' })
    await patchMe(e, hidden, { visibility: 'only_me' })
    await patchMe(e, a, { headline: 'Fintech founder' })
    await patchMe(e, b, { headline: 'Head of payments at a bank' })
    const id = await hostEvent(e, host)
    await rsvp(e, a, id, 'yes')
    await rsvp(e, b, id, 'yes')
    await rsvp(e, c, id, 'maybe')

    const seenByA = await attendees(e, a, id)
    expect(seenByA.statusCode).toBe(200)
    const bea = seenByA.json().items.find((i: { member: { id: string } }) => i.member.id === b.id)
    expect(bea.hint).toBe('You both know Ana')
    const mutualNames = bea.reasons
      .filter((r: { kind: string }) => r.kind === 'mutual')
      .map((r: { member: { name: string } }) => r.member.name)
    expect(mutualNames).toContain('Ana')
    expect(mutualNames).not.toContain('Hidden')
    expect(bea.reasons).toContainEqual({ kind: 'same_field', field: 'fintech' })
    expect(bea.metAt).toBeNull()
    expect(seenByA.json().waitlist).toEqual([])
    expect((await attendees(e, host, id)).json().items).toHaveLength(2)
    // An invitee who is not going is refused; anyone else learns nothing.
    expect((await attendees(e, c, id)).statusCode).toBe(403)
    for (const outsider of [friend, stranger, operator, ana]) {
      expect((await attendees(e, outsider, id)).statusCode).toBe(404)
    }
    expect((await attendees(e, undefined, id)).statusCode).toBe(401)

    // Bea chooses not to be listed: Alex no longer sees her, the host still does.
    const unlisted = await call(e.app, 'PUT', `/api/events/${id}/listing`, {
      as: b,
      body: { listed: false },
    })
    expect(unlisted.statusCode).toBe(200)
    const ids = (await attendees(e, a, id))
      .json()
      .items.map((i: { member: { id: string } }) => i.member.id)
    expect(ids).toEqual([a.id])
    const hostView = (await attendees(e, host, id)).json().items
    expect(hostView).toContainEqual(
      expect.objectContaining({ listed: false, member: expect.objectContaining({ id: b.id }) }),
    )
    expect(
      (
        await call(e.app, 'PUT', `/api/events/${id}/listing`, {
          as: stranger,
          body: { listed: false },
        })
      ).statusCode,
    ).toBe(404)
    await call(e.app, 'PUT', `/api/events/${id}/listing`, { as: b, body: { listed: true } })
    // Saying no takes one off the list.
    await rsvp(e, b, id, 'no')
    expect((await attendees(e, b, id)).statusCode).toBe(403)
    await rsvp(e, b, id, 'yes')

    // After the event: attendance in both timelines, and an invitation pre-filled "met at".
    e.clock.advance(8 * DAY)
    await e.ctx.network.get()
    await e.ctx.jobs.runDue()
    await e.ctx.jobs.runDue()
    expect((await timelineOf(e, host, a)).map((i) => i.kind)).toContain('event')
    expect((await timelineOf(e, a, host)).map((i) => i.kind)).toContain('event')
    // The host met each attendee, not only the first.
    expect((await timelineOf(e, host, b)).map((i) => i.kind)).toContain('event')
    const after = (await attendees(e, a, id)).json().items
    const metAt = after.find((i: { member: { id: string } }) => i.member.id === b.id).metAt
    expect(metAt).toMatchObject({ kind: 'met_in_person', detail: 'Met at Spring mixer' })
    const invited = await call(e.app, 'POST', '/api/invitations', {
      as: a,
      body: { to: b.id, note: 'Good to meet you at the mixer', howWeMet: metAt },
    })
    expect(invited.statusCode).toBe(201)
  })
})
