import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import {
  closeTestEnv,
  createTestEnv,
  describeEachDatabase,
  type TestEnv,
} from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

async function contactIdOf(env: TestEnv, owner: Member, member: Member): Promise<string> {
  const items = (await call(env.app, 'GET', '/api/contacts?limit=200', { as: owner })).json().items
  const id = items.find((c: { memberId: string | null }) => c.memberId === member.id)?.id
  if (id === undefined) throw new Error('no contact')
  return id
}

describeEachDatabase('the graph after every change', (env) => {
  // me — hub — target, all sharing their ties with connections.
  async function chain() {
    const e = env()
    const [me, hub, target] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    for (const m of [me, hub, target]) {
      await call(e.app, 'PATCH', '/api/me', { as: m, body: { visibility: 'connections' } })
    }
    await connect(e, me, hub)
    await connect(e, hub, target)
    return { e, me, hub, target }
  }
  const paths = async (e: TestEnv, from: Member, to: Member) =>
    (await call(e.app, 'GET', `/api/paths?to=${to.id}`, { as: from })).json().paths
  const reach = async (e: TestEnv, who: Member) =>
    (await call(e.app, 'GET', '/api/network/reach', { as: who })).json()
  const mapOf = async (e: TestEnv, who: Member) =>
    (await call(e.app, 'GET', '/api/network/map', { as: who })).json()

  it('keeps the visibility of every member who joins once the graph is loaded, however many join', async () => {
    const e = env()
    const [me, target] = [await signUp(e.app), await signUp(e.app)]
    await call(e.app, 'GET', '/api/network/reach', { as: me })
    // More newcomers than any room the loaded graph keeps for members; each shows their ties to
    // connections before making one, so every one of them stands between me and the target.
    const newcomers: Member[] = []
    for (let i = 0; i < 40; i++) {
      const newcomer = await signUp(e.app)
      await call(e.app, 'PATCH', '/api/me', { as: newcomer, body: { visibility: 'connections' } })
      newcomers.push(newcomer)
    }
    for (const m of newcomers) {
      await connect(e, me, m)
      await connect(e, m, target)
    }
    const page = (await call(e.app, 'GET', `/api/members/${target.id}`, { as: me })).json()
    const mutuals = page.mutualConnections.map((m: { id: string }) => m.id).sort()
    expect(mutuals).toEqual(newcomers.map((m) => m.id).sort())
  })

  it('drops a pruned tie from paths, reach and the map at the next request, and brings it back on undo', async () => {
    const { e, me, hub, target } = await chain()
    expect(await paths(e, me, target)).toHaveLength(1)
    const contact = await contactIdOf(e, hub, target)
    const pruned = await call(e.app, 'POST', '/api/insights/prune/remove', {
      as: hub,
      body: { contactIds: [contact] },
    })
    expect(pruned.statusCode).toBe(200)
    expect(await paths(e, me, target)).toEqual([])
    expect((await reach(e, me)).second).toBe(0)
    expect((await mapOf(e, hub)).nodes.some((n: { id: string }) => n.id === target.id)).toBe(false)
    const undone = await call(e.app, 'POST', '/api/insights/prune/undo', {
      as: hub,
      body: { contactIds: [contact] },
    })
    expect(undone.statusCode).toBe(200)
    expect(await paths(e, me, target)).toHaveLength(1)
    expect((await reach(e, me)).second).toBe(1)
  })

  it('forgets an erased neighbour at once: no path through them, and a live member still answers', async () => {
    const { e, me, hub, target } = await chain()
    expect((await reach(e, me)).second).toBe(1)
    const erased = await call(e.app, 'DELETE', '/api/me', { as: hub })
    expect(erased.statusCode).toBe(204)
    const answer = await call(e.app, 'GET', `/api/paths?to=${target.id}`, { as: me })
    expect(answer.statusCode).toBe(200)
    expect(answer.json().paths).toEqual([])
    expect(await reach(e, me)).toMatchObject({ first: 0, second: 0 })
    const page = await call(e.app, 'GET', `/api/members/${target.id}`, { as: me })
    expect(page.json()).toMatchObject({ degree: null, mutualConnections: [] })
  })
})

for (const variant of selectedVariants().filter((v) => v === 'postgres')) {
  it('carries a new connection to a second app process on the same server within a second', async () => {
    const first = await createTestEnv(variant)
    const url = first.database.url
    if (url === undefined) throw new Error('no database URL')
    const second = await createTestEnv(variant, {}, url)
    try {
      const [me, hub, target] = [
        await signUp(first.app),
        await signUp(first.app),
        await signUp(first.app),
      ]
      for (const m of [hub, target]) {
        await call(first.app, 'PATCH', '/api/me', { as: m, body: { visibility: 'connections' } })
      }
      await connect(first, me, hub)
      // The second process builds its graph now, before the connection it must learn of.
      const before = await call(second.app, 'GET', `/api/paths?to=${target.id}`, { as: me })
      expect(before.json().paths).toEqual([])
      const started = Date.now()
      await connect(first, hub, target)
      await expect
        .poll(
          async () =>
            (await call(second.app, 'GET', `/api/paths?to=${target.id}`, { as: me })).json().paths
              .length,
          { timeout: 60_000, interval: 20 },
        )
        .toBe(1)
      // For the record (not asserted: timing depends on the machine's load).
      process.stderr.write(
        `announcement reached the second process in ${Date.now() - started} ms\n`,
      )
      await call(first.app, 'DELETE', `/api/connections/${target.id}`, { as: hub })
      await expect
        .poll(
          async () =>
            (await call(second.app, 'GET', `/api/paths?to=${target.id}`, { as: me })).json().paths
              .length,
          { timeout: 60_000, interval: 20 },
        )
        .toBe(0)
    } finally {
      await closeTestEnv(second)
      await closeTestEnv(first)
    }
  })
}
