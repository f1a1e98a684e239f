import { beforeAll, expect, it } from 'vitest'
import { allContactsOf } from '../../src/db/queries/contacts.js'
import { allInteractionsOf } from '../../src/db/queries/interactions.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

describeEachDatabase('personal export and erasure', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  it('exports everything the member owns as JSON, and tables as CSV', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app, { name: 'Ana' }), await signUp(app, { name: 'Bo' })]
    await connect(env(), a, b)
    const id = (
      await call(app, 'POST', '/api/contacts', {
        as: a,
        body: { name: 'Dana, "the" Founder', notes: 'met at the fair', circles: ['clients'] },
      })
    ).json().id
    await call(app, 'POST', `/api/contacts/${id}/interactions`, {
      as: a,
      body: { kind: 'call', at: '2026-05-01T10:00:00Z', note: 'intro call' },
    })
    const r = await call(app, 'GET', '/api/me/export', { as: a })
    expect(r.statusCode).toBe(200)
    const data = r.json()
    expect(data.profile).toMatchObject({ id: a.id, name: 'Ana' })
    expect(data.connections).toHaveLength(1)
    expect(data.connections[0].memberId).toBe(b.id)
    expect(data.invitations).toHaveLength(1)
    expect(data.contacts.map((c: { name: string }) => c.name)).toContain('Dana, "the" Founder')
    expect(data.interactions).toContainEqual(
      expect.objectContaining({ kind: 'call', note: 'intro call' }),
    )
    expect(JSON.stringify(data)).not.toContain('passwordHash')
    const theirs = (await call(app, 'GET', '/api/me/export', { as: b })).json()
    expect(JSON.stringify(theirs)).not.toContain('met at the fair')

    const csv = await call(app, 'GET', '/api/me/export/contacts.csv', { as: a })
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    const lines = csv.body.trim().split('\r\n')
    expect(lines[0]?.startsWith('id,name,email')).toBe(true)
    expect(csv.body).toContain('"Dana, ""the"" Founder"')
    expect((await call(app, 'GET', '/api/me/export/secrets.csv', { as: a })).statusCode).toBe(400)
  })

  it('never shows the sender that an invitation was ignored', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const sent = await call(app, 'POST', '/api/invitations', {
      as: a,
      body: { to: b.id, note: 'Hello', howWeMet: { kind: 'other', detail: 'a talk' } },
    })
    await call(app, 'POST', `/api/invitations/${sent.json().invitation.id}/ignore`, { as: b })
    const exported = (await call(app, 'GET', '/api/me/export', { as: a })).json()
    expect(exported.invitations[0]).toMatchObject({ direction: 'sent', status: 'pending' })
  })

  it('needs a signed-in member; the operator gets only their own data', async () => {
    const { app } = env()
    const a = await signUp(app)
    await call(app, 'POST', '/api/contacts', { as: a, body: { name: 'Only Mine' } })
    expect((await call(app, 'GET', '/api/me/export')).statusCode).toBe(401)
    expect((await call(app, 'DELETE', '/api/me')).statusCode).toBe(401)
    const ops = (await call(app, 'GET', '/api/me/export', { as: operator })).json()
    expect(JSON.stringify(ops)).not.toContain('Only Mine')
  })

  it('erases the account and everything personal to it, leaving others their own records', async () => {
    const { app, ctx } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    await connect(env(), a, b)
    const made = await call(app, 'POST', '/api/contacts', { as: a, body: { name: 'A Contact' } })
    await call(app, 'POST', `/api/contacts/${made.json().id}/interactions`, {
      as: a,
      body: { kind: 'call', at: '2026-05-01T10:00:00Z' },
    })
    await call(app, 'GET', '/api/contacts', { as: b })
    const erased = await call(app, 'DELETE', '/api/me', { as: a })
    expect(erased.statusCode).toBe(204)
    expect(await allContactsOf(ctx.db, a.id)).toEqual([])
    expect(await allInteractionsOf(ctx.db, a.id)).toEqual([])
    expect((await call(app, 'GET', '/api/me', { as: a })).statusCode).toBe(401)
    const login = await call(app, 'POST', '/api/auth/login', {
      body: { email: a.email, password: 'correct horse battery' },
    })
    expect(login.statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/connections', { as: b })).json().items).toEqual([])
    expect((await call(app, 'GET', `/api/members/${a.id}`, { as: b })).statusCode).toBe(404)
    const bContacts = await allContactsOf(ctx.db, b.id)
    expect(bContacts.every((c) => c.memberId !== a.id)).toBe(true)
  })
})
