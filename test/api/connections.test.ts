import { expect, it } from 'vitest'
import { call, signInAgain, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { befriend, connect } from './relationship-helpers.js'

const DAY = 24 * 3600_000
type Member = Awaited<ReturnType<typeof signUp>>
const STUDIED = { kind: 'studied_together', detail: 'Polytechnic', from: '2008', to: '2012' }

async function setVisibility(env: TestEnv, member: Member, visibility: string) {
  const r = await call(env.app, 'PATCH', '/api/me', { as: member, body: { visibility } })
  if (r.statusCode !== 200) throw new Error(r.body)
}

describeEachDatabase('connections', (env) => {
  async function connectionsOf(member: Member) {
    return (await call(env().app, 'GET', '/api/connections', { as: member })).json().items
  }

  it('removes quietly and restores within 30 days with how-we-met and since intact', async () => {
    const { app, clock } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    await connect(env(), a, b, STUDIED)
    const before = (await connectionsOf(a))[0]
    expect(before.howWeMet).toMatchObject({ kind: 'studied_together', detail: 'Polytechnic' })
    const removed = await call(app, 'DELETE', `/api/connections/${b.id}`, { as: a })
    expect(removed.statusCode).toBe(200)
    expect(new Date(removed.json().undoUntil).getTime()).toBe(clock.now.getTime() + 30 * DAY)
    expect(await connectionsOf(a)).toEqual([])
    expect(await connectionsOf(b)).toEqual([])
    const recent = (await call(app, 'GET', '/api/connections/removed', { as: a })).json().items
    expect(recent.map((r: { member: { id: string } }) => r.member.id)).toEqual([b.id])
    expect((await call(app, 'GET', '/api/connections/removed', { as: b })).json().items).toEqual([])
    expect(
      (await call(app, 'POST', `/api/connections/${a.id}/restore`, { as: b })).statusCode,
    ).toBe(404)
    const restored = await call(app, 'POST', `/api/connections/${b.id}/restore`, { as: a })
    expect(restored.statusCode).toBe(200)
    expect(restored.json().connection).toEqual(before)
    expect(await connectionsOf(b)).toHaveLength(1)
  })

  it('refuses to restore after 30 days', async () => {
    const { app, clock } = env()
    let [a, b] = [await signUp(app), await signUp(app)]
    await connect(env(), a, b)
    await call(app, 'DELETE', `/api/connections/${b.id}`, { as: a })
    clock.advance(31 * DAY)
    a = await signInAgain(app, a)
    expect(
      (await call(app, 'POST', `/api/connections/${b.id}/restore`, { as: a })).statusCode,
    ).toBe(409)
    expect((await call(app, 'GET', '/api/connections/removed', { as: a })).json().items).toEqual([])
    expect(b.id).toBeDefined()
  })

  it('answers 404 when removing someone who is not a connection, and 401 when signed out', async () => {
    const { app } = env()
    const [a, stranger] = [await signUp(app), await signUp(app)]
    expect(
      (await call(app, 'DELETE', `/api/connections/${stranger.id}`, { as: a })).statusCode,
    ).toBe(404)
    expect((await call(app, 'DELETE', `/api/connections/${stranger.id}`)).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/connections')).statusCode).toBe(401)
  })

  it('filters the list by name', async () => {
    const { app } = env()
    const a = await signUp(app)
    const x = await signUp(app, { name: 'Xenia Quartz' })
    const y = await signUp(app, { name: 'Yusuf Ember' })
    await connect(env(), a, x)
    await connect(env(), a, y)
    const found = (await call(app, 'GET', '/api/connections?q=quartz', { as: a })).json().items
    expect(found.map((c: { member: { id: string } }) => c.member.id)).toEqual([x.id])
  })

  it('shows the degree and the mutual connections each intermediary lets the viewer see', async () => {
    const e = env()
    // viewer — hub — target — far, close ties all: hub lets them through unless it chooses only_me.
    const [viewer, hub, target, far, other] = [
      await signUp(e.app),
      await signUp(e.app, { name: 'Hub Person' }),
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
    ]
    await befriend(e, viewer, hub)
    await befriend(e, hub, target)
    await befriend(e, target, far)
    const page = async (id: string) =>
      (await call(e.app, 'GET', `/api/members/${id}`, { as: viewer })).json()
    expect((await page(hub.id)).degree).toBe(1)
    const second = await page(target.id)
    expect(second.degree).toBe(2)
    expect(second.mutualConnections.map((m: { id: string }) => m.id)).toEqual([hub.id])
    expect((await page(far.id)).degree).toBe(3)
    expect((await page(other.id)).degree).toBeNull()
    await setVisibility(e, hub, 'only_me')
    const hidden = await page(target.id)
    expect(hidden.degree).toBeNull()
    expect(hidden.mutualConnections).toEqual([])
    expect((await page(far.id)).degree).toBeNull()
    await setVisibility(e, hub, 'connections')
    await setVisibility(e, target, 'only_me')
    expect((await page(target.id)).degree).toBe(2)
    expect((await page(far.id)).degree).toBeNull()
  })

  it("shows a member's connections to the viewers their visibility allows", async () => {
    const e = env()
    const [owner, friend, stranger] = [
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
    ]
    await befriend(e, owner, friend)
    const list = async (as: Member) =>
      await call(e.app, 'GET', `/api/members/${owner.id}/connections`, { as })
    expect((await list(owner)).json().items.map((m: { id: string }) => m.id)).toEqual([friend.id])
    expect((await list(friend)).statusCode).toBe(200)
    expect((await list(stranger)).statusCode).toBe(404)
    await setVisibility(e, owner, 'only_me')
    expect((await list(friend)).statusCode).toBe(404)
    expect((await list(owner)).statusCode).toBe(200)
    expect((await call(e.app, 'GET', `/api/members/${owner.id}/connections`)).statusCode).toBe(401)
  })
})
