import { expect, it } from 'vitest'
import { call, signInAgain, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

const DAY = 24 * 3600_000
const metAt = { kind: 'met_in_person', place: 'Las Vegas mixer', date: '2024-03' } as const

type Member = Awaited<ReturnType<typeof signUp>>

describeEachDatabase('invitations', (env) => {
  async function invite(from: Member, to: Member, howWeMet: object = metAt) {
    return await call(env().app, 'POST', '/api/invitations', {
      as: from,
      body: { to: to.id, note: 'Good to meet you at the mixer.', howWeMet },
    })
  }
  async function box(member: Member, which: 'received' | 'sent') {
    return (await call(env().app, 'GET', `/api/invitations?box=${which}`, { as: member })).json()
      .items
  }
  async function connectionIds(member: Member) {
    const items = (await call(env().app, 'GET', '/api/connections', { as: member })).json().items
    return items.map((c: { member: { id: string } }) => c.member.id)
  }

  it('needs a personal note and a how-we-met fit for its kind', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const noNote = await call(app, 'POST', '/api/invitations', {
      as: a,
      body: { to: b.id, note: '', howWeMet: metAt },
    })
    expect(noNote.statusCode).toBe(400)
    expect(noNote.json().errors[0].path).toBe('note')
    const longNote = await call(app, 'POST', '/api/invitations', {
      as: a,
      body: { to: b.id, note: 'x'.repeat(601), howWeMet: metAt },
    })
    expect(longNote.statusCode).toBe(400)
    for (const howWeMet of [
      { kind: 'worked_together' },
      { kind: 'met_in_person', place: 'Berlin' },
      { kind: 'other' },
      { kind: 'introduced' },
      { kind: 'telepathy', detail: 'x' },
    ]) {
      expect((await invite(a, b, howWeMet)).statusCode, JSON.stringify(howWeMet)).toBe(400)
    }
    expect(await box(b, 'received')).toEqual([])
    const self = await invite(a, a)
    expect(self.statusCode).toBe(422)
  })

  it('connects only when the invitee accepts; accepting twice is harmless', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const sent = await invite(a, b, {
      kind: 'worked_together',
      company: 'Acme',
      from: '2015',
      to: '2019',
    })
    expect(sent.statusCode).toBe(201)
    const invitation = sent.json().invitation
    expect(invitation).toMatchObject({ from: a.id, to: b.id, status: 'pending' })
    expect(await connectionIds(a)).toEqual([])
    const received = await box(b, 'received')
    expect(received.map((i: { id: string }) => i.id)).toEqual([invitation.id])
    expect(received[0].howWeMet).toEqual({
      kind: 'worked_together',
      company: 'Acme',
      from: '2015',
      to: '2019',
    })
    const accepted = await call(app, 'POST', `/api/invitations/${invitation.id}/accept`, { as: b })
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().connection.member.id).toBe(a.id)
    expect(
      (await call(app, 'POST', `/api/invitations/${invitation.id}/accept`, { as: b })).statusCode,
    ).toBe(200)
    expect(await connectionIds(a)).toEqual([b.id])
    expect(await connectionIds(b)).toEqual([a.id])
    expect((await box(a, 'sent'))[0].status).toBe('accepted')
    expect((await invite(a, b)).statusCode).toBe(409)
  })

  it('keeps an ignore silent: the sender sees pending until expiry and cannot invite again meanwhile', async () => {
    const { app, clock } = env()
    let [a, b] = [await signUp(app), await signUp(app)]
    const { invitation } = (await invite(a, b)).json()
    expect(
      (await call(app, 'POST', `/api/invitations/${invitation.id}/ignore`, { as: b })).statusCode,
    ).toBe(204)
    expect(await box(b, 'received')).toEqual([])
    expect((await box(a, 'sent'))[0].status).toBe('pending')
    expect((await invite(a, b)).statusCode).toBe(409)
    clock.advance(181 * DAY)
    a = await signInAgain(app, a)
    expect((await box(a, 'sent'))[0].status).toBe('expired')
    expect((await invite(a, b)).statusCode).toBe(201)
  })

  it('treats "I don\'t know this person" as a permanent, silent block', async () => {
    const { app, clock } = env()
    let [a, b] = [await signUp(app), await signUp(app)]
    const { invitation } = (await invite(a, b)).json()
    expect(
      (await call(app, 'POST', `/api/invitations/${invitation.id}/dont-know`, { as: b }))
        .statusCode,
    ).toBe(204)
    expect(await box(b, 'received')).toEqual([])
    expect((await box(a, 'sent'))[0].status).toBe('pending')
    clock.advance(200 * DAY)
    ;[a, b] = [await signInAgain(app, a), await signInAgain(app, b)]
    const again = await invite(a, b)
    expect(again.statusCode).toBe(201)
    expect(again.json().invitation.status).toBe('pending')
    expect(await box(b, 'received')).toEqual([])
    const hidden = await call(
      app,
      'POST',
      `/api/invitations/${again.json().invitation.id}/accept`,
      { as: b },
    )
    expect(hidden.statusCode).toBe(404)
  })

  it('lets the sender withdraw, then refuses the same invitee for 21 days with Retry-After', async () => {
    const { app, clock } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const { invitation } = (await invite(a, b)).json()
    expect(
      (await call(app, 'POST', `/api/invitations/${invitation.id}/withdraw`, { as: b })).statusCode,
    ).toBe(404)
    expect(
      (await call(app, 'POST', `/api/invitations/${invitation.id}/withdraw`, { as: a })).statusCode,
    ).toBe(204)
    expect(await box(b, 'received')).toEqual([])
    expect((await box(a, 'sent'))[0].status).toBe('withdrawn')
    const soon = await invite(a, b)
    expect(soon.statusCode).toBe(429)
    expect(Number(soon.headers['retry-after'])).toBeGreaterThan(20 * 24 * 3600)
    clock.advance(22 * DAY)
    expect((await invite(a, b)).statusCode).toBe(201)
  })

  it('turns an invitation the other way into the connection (both said yes)', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    expect((await invite(a, b)).statusCode).toBe(201)
    const back = await invite(b, a)
    expect(back.statusCode).toBe(200)
    expect(back.json().connection.member.id).toBe(a.id)
    expect(back.json().connection.howWeMet).toEqual(metAt)
    expect(await connectionIds(a)).toEqual([b.id])
    expect(await box(b, 'received')).toEqual([])
  })

  it('makes crossing invitations sent at the same moment exactly one connection', async () => {
    const { app, ctx } = env()
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await signUp(app), await signUp(app)]
      const responses = await Promise.all([invite(a, b), invite(b, a)])
      expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 201])
      const { countConnectionsBetween } = await import('../../src/db/queries/connections.js')
      expect(await countConnectionsBetween(ctx.db, a.id, b.id)).toBe(1)
      expect(await connectionIds(a)).toEqual([b.id])
    }
  })

  it('lets only the invitee answer; strangers, the sender, the operator and visitors get 401/404', async () => {
    const { app, ctx } = env()
    const [a, b, stranger] = [await signUp(app), await signUp(app), await signUp(app)]
    const { findMemberByEmail, updateMember } = await import('../../src/db/queries/members.js')
    const operatorRow = await findMemberByEmail(ctx.db, stranger.email)
    await updateMember(ctx.db, operatorRow?.id ?? '', { role: 'operator' })
    const { invitation } = (await invite(a, b)).json()
    for (const action of ['accept', 'ignore', 'dont-know']) {
      expect(
        (await call(app, 'POST', `/api/invitations/${invitation.id}/${action}`, { as: stranger }))
          .statusCode,
      ).toBe(404)
      expect(
        (await call(app, 'POST', `/api/invitations/${invitation.id}/${action}`, { as: a }))
          .statusCode,
      ).toBe(404)
      expect(
        (await call(app, 'POST', `/api/invitations/${invitation.id}/${action}`)).statusCode,
      ).toBe(401)
    }
    expect(
      (await call(app, 'POST', `/api/invitations/${invitation.id}/withdraw`, { as: stranger }))
        .statusCode,
    ).toBe(404)
    expect((await call(app, 'GET', '/api/invitations?box=sent')).statusCode).toBe(401)
    expect(await box(stranger, 'received')).toEqual([])
    expect(await box(b, 'received')).toHaveLength(1)
    expect(
      (
        await call(app, 'POST', '/api/invitations', {
          body: { to: b.id, note: 'hi', howWeMet: metAt },
        })
      ).statusCode,
    ).toBe(401)
  })

  it('answers 404 for an invitation to a member who does not exist', async () => {
    const { app } = env()
    const a = await signUp(app)
    const response = await call(app, 'POST', '/api/invitations', {
      as: a,
      body: { to: '01HZZZZZZZZZZZZZZZZZZZZZZZ', note: 'hello', howWeMet: metAt },
    })
    expect(response.statusCode).toBe(404)
  })
})

describeEachDatabase(
  'weekly invitation limit',
  (env) => {
    it('answers 429 with Retry-After past RAPPORT_INVITES_PER_WEEK, and frees up after a week', async () => {
      const { app, clock } = env()
      const sender = await signUp(app)
      const invitees = [await signUp(app), await signUp(app), await signUp(app), await signUp(app)]
      for (const invitee of invitees.slice(0, 3)) {
        const r = await call(app, 'POST', '/api/invitations', {
          as: sender,
          body: { to: invitee.id, note: 'Hello again', howWeMet: metAt },
        })
        expect(r.statusCode).toBe(201)
      }
      const over = await call(app, 'POST', '/api/invitations', {
        as: sender,
        body: { to: invitees[3]?.id, note: 'Hello again', howWeMet: metAt },
      })
      expect(over.statusCode).toBe(429)
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0)
      clock.advance(7 * DAY + 1000)
      const later = await call(app, 'POST', '/api/invitations', {
        as: sender,
        body: { to: invitees[3]?.id, note: 'Hello again', howWeMet: metAt },
      })
      expect(later.statusCode).toBe(201)
    })
  },
  { invitesPerWeek: 3 },
)

describeEachDatabase('senders many people do not know', (env) => {
  it('drop to 20 invitations a week after five "I don\'t know this person" answers in 90 days', async () => {
    const { app } = env()
    const sender = await signUp(app)
    const invite = async (to: string) =>
      await call(app, 'POST', '/api/invitations', {
        as: sender,
        body: { to, note: 'Hi there', howWeMet: metAt },
      })
    for (let i = 0; i < 5; i++) {
      const invitee = await signUp(app)
      const { invitation } = (await invite(invitee.id)).json()
      await call(app, 'POST', `/api/invitations/${invitation.id}/dont-know`, { as: invitee })
    }
    const statuses: number[] = []
    for (let i = 0; i < 16; i++) statuses.push((await invite((await signUp(app)).id)).statusCode)
    expect(statuses.slice(0, 15).every((s) => s === 201)).toBe(true)
    expect(statuses[15]).toBe(429)
  })
})
