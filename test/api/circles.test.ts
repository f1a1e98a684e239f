import { beforeAll, expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

async function addContact(env: TestEnv, owner: Member, name: string, circles: string[] = []) {
  const r = await call(env.app, 'POST', '/api/contacts', { as: owner, body: { name, circles } })
  if (r.statusCode !== 201) throw new Error(r.body)
  return r.json().id as string
}

async function circlesOf(env: TestEnv, member: Member) {
  const r = await call(env.app, 'GET', '/api/circles', { as: member })
  expect(r.statusCode).toBe(200)
  return r.json().items as { name: string; count: number }[]
}

async function circlesOnContact(env: TestEnv, owner: Member, id: string) {
  return (await call(env.app, 'GET', `/api/contacts/${id}`, { as: owner })).json()
    .circles as string[]
}

describeEachDatabase('circles', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  it('creates a circle with contacts in bulk, renames it with its cadence and deletes it', async () => {
    const e = env()
    const a = await signUp(e.app)
    const [x, y, z] = [
      await addContact(e, a, 'Xia'),
      await addContact(e, a, 'Yan'),
      await addContact(e, a, 'Zed'),
    ]
    const created = await call(e.app, 'POST', '/api/circles', {
      as: a,
      body: { name: 'clients', contactIds: [x, y, x] },
    })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toEqual({ name: 'clients', count: 2 })
    const again = await call(e.app, 'POST', '/api/circles', {
      as: a,
      body: { name: 'clients', contactIds: [z] },
    })
    expect(again.statusCode).toBe(409)

    const changed = await call(e.app, 'POST', '/api/circles/clients/contacts', {
      as: a,
      body: { add: [z], remove: [x] },
    })
    expect(changed.json()).toEqual({ name: 'clients', count: 2 })
    expect(await circlesOnContact(e, a, x)).toEqual([])

    await call(e.app, 'PUT', '/api/insights/cadences', {
      as: a,
      body: { cadences: { clients: 21 } },
    })
    const renamed = await call(e.app, 'PATCH', '/api/circles/clients', {
      as: a,
      body: { name: 'key clients' },
    })
    expect(renamed.statusCode).toBe(200)
    expect(renamed.json()).toEqual({ name: 'key clients', count: 2 })
    expect(await circlesOf(e, a)).toEqual([{ name: 'key clients', count: 2 }])
    const due = (await call(e.app, 'GET', '/api/insights/stay-in-touch', { as: a })).json()
    expect(due.cadences['key clients']).toBe(21)
    expect(due.cadences.clients).toBeUndefined()

    const deleted = await call(
      e.app,
      'DELETE',
      `/api/circles/${encodeURIComponent('key clients')}`,
      {
        as: a,
      },
    )
    expect(deleted.statusCode).toBe(204)
    expect(await circlesOf(e, a)).toEqual([])
    expect(await circlesOnContact(e, a, y)).toEqual([])
    const contacts = (await call(e.app, 'GET', '/api/contacts', { as: a })).json().items
    expect(contacts).toHaveLength(3)
  })

  it('keeps a name once on a contact when a circle is renamed onto a name it also carries', async () => {
    const e = env()
    const a = await signUp(e.app)
    const both = await addContact(e, a, 'Both', ['friends', 'old friends'])
    const conflict = await call(e.app, 'PATCH', '/api/circles/friends', {
      as: a,
      body: { name: 'old friends' },
    })
    expect(conflict.statusCode).toBe(409)
    expect((await circlesOnContact(e, a, both)).sort()).toEqual(['friends', 'old friends'])
  })

  it('is private: a connection, a stranger and the operator cannot see or change it', async () => {
    const e = env()
    const [a, friend, stranger] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await connect(e, a, friend)
    const mine = await addContact(e, a, 'Client', ['clients'])
    for (const other of [friend, stranger, operator]) {
      expect(await circlesOf(e, other)).toEqual([])
      expect(
        (await call(e.app, 'PATCH', '/api/circles/clients', { as: other, body: { name: 'x' } }))
          .statusCode,
      ).toBe(404)
      expect((await call(e.app, 'DELETE', '/api/circles/clients', { as: other })).statusCode).toBe(
        404,
      )
      // Someone else's contact is as absent as none, even into one's own circle.
      const into = await call(e.app, 'POST', '/api/circles/mine/contacts', {
        as: other,
        body: { add: [mine] },
      })
      expect(into.statusCode).toBe(404)
    }
    expect(await circlesOf(e, a)).toEqual([{ name: 'clients', count: 1 }])
  })

  it('answers 401 signed out and 400 for bad input, never a 500', async () => {
    const e = env()
    const a = await signUp(e.app)
    expect((await call(e.app, 'GET', '/api/circles')).statusCode).toBe(401)
    expect(
      (await call(e.app, 'POST', '/api/circles', { body: { name: 'x', contactIds: ['a'] } }))
        .statusCode,
    ).toBe(401)
    const empty = await call(e.app, 'POST', '/api/circles', {
      as: a,
      body: { name: 'x', contactIds: [] },
    })
    expect(empty.statusCode).toBe(400)
    const nothing = await call(e.app, 'POST', '/api/circles/x/contacts', { as: a, body: {} })
    expect(nothing.statusCode).toBe(400)
    const extra = await call(e.app, 'PATCH', '/api/circles/x', {
      as: a,
      body: { name: 'y', colour: 'red' },
    })
    expect(extra.statusCode).toBe(400)
    const missing = await call(e.app, 'POST', '/api/circles/nobody/contacts', {
      as: a,
      body: { remove: [await addContact(e, a, 'Someone')] },
    })
    expect(missing.statusCode).toBe(404)
  })
})
