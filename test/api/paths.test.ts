import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { befriend, connect, meetOften, ownScores, patchMe } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>
type Path = {
  via: string[]
  target: { id: string }
  strength: number | null
  weakestLink: number | null
}

describeEachDatabase('warm paths', (env) => {
  async function pathsTo(from: Member, query: string) {
    return await call(env().app, 'GET', `/api/paths?${query}`, { as: from })
  }

  it('finds paths of up to three hops, one per introducer, best first, and none beyond', async () => {
    const e = env()
    const [me, b, c, target, far, alt] = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => signUp(e.app)),
    )
    if (!me || !b || !c || !target || !far || !alt) throw new Error('members missing')
    await befriend(e, me, b)
    await befriend(e, b, c)
    await befriend(e, c, target)
    await befriend(e, target, far)
    await befriend(e, me, alt)
    await befriend(e, alt, target)
    const response = await pathsTo(me, `to=${target.id}`)
    expect(response.statusCode).toBe(200)
    const { paths } = response.json()
    expect(paths.map((p: { via: string[] }) => p.via)).toEqual([[alt.id], [b.id, c.id]])
    expect(paths[0]).toMatchObject({ hops: 2, target: { id: target.id } })
    expect(paths[1].viaMembers.map((m: { id: string }) => m.id)).toEqual([b.id, c.id])
    const beyond = (await pathsTo(me, `to=${far.id}`)).json().paths
    expect(beyond.every((p: { hops: number }) => p.hops <= 3)).toBe(true)
    expect(beyond.map((p: { via: string[] }) => p.via)).toEqual([[alt.id, target.id]])
  })

  it('uses only ties each intermediary lets the caller use, and follows removals and restores', async () => {
    const e = env()
    const [me, hub, target] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await befriend(e, me, hub)
    await befriend(e, hub, target)
    expect((await pathsTo(me, `to=${target.id}`)).json().paths).toHaveLength(1)
    await patchMe(e, hub, { visibility: 'only_me' })
    expect((await pathsTo(me, `to=${target.id}`)).json().paths).toEqual([])
    await patchMe(e, hub, { visibility: 'connections' })
    expect((await pathsTo(me, `to=${target.id}`)).json().paths).toHaveLength(1)
    await call(e.app, 'DELETE', `/api/connections/${target.id}`, { as: hub })
    expect((await pathsTo(me, `to=${target.id}`)).json().paths).toEqual([])
    await call(e.app, 'POST', `/api/connections/${target.id}/restore`, { as: hub })
    expect((await pathsTo(me, `to=${target.id}`)).json().paths).toHaveLength(1)
  })

  it('reaches everyone currently at a company and says who can introduce, also for the career strategy', async () => {
    const e = env()
    const [me, friend, insider, formerInsider, direct] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => signUp(e.app)),
    )
    if (!me || !friend || !insider || !formerInsider || !direct) throw new Error('members missing')
    await patchMe(e, insider, { positions: [{ company: 'Globex', title: 'VP Sales' }] })
    await patchMe(e, direct, { positions: [{ company: 'globex', title: 'Engineer' }] })
    await patchMe(e, formerInsider, {
      positions: [{ company: 'Globex', title: 'CFO', from: '2010', to: '2015' }],
    })
    await befriend(e, me, friend)
    await befriend(e, friend, insider)
    await befriend(e, friend, formerInsider)
    await connect(e, me, direct)
    const { paths } = (await pathsTo(me, 'company=GLOBEX')).json()
    expect(paths.map((p: { target: { id: string } }) => p.target.id).sort()).toEqual(
      [direct.id, insider.id].sort(),
    )
    await patchMe(e, me, { careerStrategy: { companies: ['Globex'], roles: ['Head of Sales'] } })
    const strategy = (await call(e.app, 'GET', '/api/career-strategy', { as: me })).json()
    expect(strategy.roles).toEqual(['Head of Sales'])
    expect(strategy.companies[0]).toMatchObject({ company: 'Globex', staff: 2 })
    expect(
      strategy.companies[0].introducers.map((i: { member: { id: string } }) => i.member.id),
    ).toContain(friend.id)
  })

  it('runs no path to a company through a member of its staff who hides their network', async () => {
    const e = env()
    const [me, hidden, behind, open, hiddenFar, behindFar] = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => signUp(e.app)),
    )
    if (!me || !hidden || !behind || !open || !hiddenFar || !behindFar) throw new Error('missing')
    for (const staff of [hidden, behind, hiddenFar, behindFar]) {
      await patchMe(e, staff, { positions: [{ company: 'Hooli', title: 'Engineer' }] })
    }
    await patchMe(e, hidden, { visibility: 'only_me' })
    await patchMe(e, hiddenFar, { visibility: 'only_me' })
    await patchMe(e, open, { visibility: 'connections' })
    // me – hidden – behind, and me – open – hiddenFar – behindFar.
    await befriend(e, me, hidden)
    await befriend(e, hidden, behind)
    await befriend(e, me, open)
    await befriend(e, open, hiddenFar)
    await befriend(e, hiddenFar, behindFar)
    const reached = (paths: Path[]) => paths.map((p) => p.target.id).sort()
    // The hidden staff are reached themselves (the end of a path is never asked), nobody beyond.
    const expected = [hidden.id, hiddenFar.id].sort()
    expect(reached((await pathsTo(me, 'company=Hooli')).json().paths)).toEqual(expected)
    expect((await pathsTo(me, `to=${behind.id}`)).json().paths).toEqual([])
    expect((await pathsTo(me, `to=${behindFar.id}`)).json().paths).toEqual([])
    await patchMe(e, me, { careerStrategy: { companies: ['Hooli'], roles: [] } })
    const strategy = (await call(e.app, 'GET', '/api/career-strategy', { as: me })).json()
    expect(reached(strategy.companies[0].people)).toEqual(expected)
    expect(strategy.companies[0]).toMatchObject({ staff: 4, reachable: 2 })
  })

  it("shows the caller their own score of a path's first tie, and no number from anyone else's", async () => {
    const e = env()
    const [me, friend, other] = await Promise.all([1, 2, 3].map(() => signUp(e.app)))
    if (!me || !friend || !other) throw new Error('members missing')
    await patchMe(e, friend, { visibility: 'connections' })
    await patchMe(e, other, { visibility: 'connections' })
    await connect(e, me, friend)
    await connect(e, friend, other)
    await connect(e, me, other)
    // I see my friend often; they never log me, so their score of me is lower than mine of them.
    await meetOften(e, me, friend)
    const mine = await ownScores(e, me)
    const theirs = await ownScores(e, friend)
    await ownScores(e, other)
    const myScore = mine.get(friend.id)
    const theirScore = theirs.get(me.id)
    if (myScore === undefined || theirScore === undefined) throw new Error('not scored')
    expect(myScore).toBeGreaterThan(theirScore)

    // Scores are stored in single precision.
    const isScore = (value: number | null | undefined, score: number | undefined) => {
      expect(value).toBeTypeOf('number')
      expect(value).toBeCloseTo(score ?? Number.NaN, 5)
    }
    const [direct] = (await pathsTo(me, `to=${friend.id}`)).json().paths as Path[]
    expect(direct?.via).toEqual([])
    isScore(direct?.strength, myScore)
    isScore(direct?.weakestLink, myScore)
    const [back] = (await pathsTo(friend, `to=${me.id}`)).json().paths as Path[]
    isScore(back?.strength, theirScore)
    isScore(back?.weakestLink, theirScore)
    const viaFriend = ((await pathsTo(me, `to=${other.id}`)).json().paths as Path[]).find(
      (p) => p.via[0] === friend.id,
    )
    isScore(viaFriend?.strength, myScore)
    expect(viaFriend?.weakestLink).toBeNull()

    const map = (await call(e.app, 'GET', '/api/network/map', { as: me })).json()
    const edge = (a: string, b: string) =>
      map.edges.find(
        (x: { source: string; target: string }) =>
          [x.source, x.target].sort().join() === [a, b].sort().join(),
      )
    isScore(edge(me.id, friend.id).weight, myScore)
    isScore(edge(me.id, other.id).weight, mine.get(other.id))
    // The tie between my two connections is theirs to score: it is drawn, with no number.
    expect(edge(friend.id, other.id).weight).toBeNull()
    isScore(map.nodes.find((n: { id: string }) => n.id === friend.id).strength, myScore)
  })

  it('draws the first-degree map with the ties among it', async () => {
    const e = env()
    const [me, a, b, outsider] = [
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
    ]
    await befriend(e, me, a)
    await befriend(e, me, b)
    await befriend(e, a, b)
    await befriend(e, b, outsider)
    const map = (await call(e.app, 'GET', '/api/network/map', { as: me })).json()
    expect(map.nodes.map((n: { id: string }) => n.id).sort()).toEqual([me.id, a.id, b.id].sort())
    const pairs = map.edges.map((x: { source: string; target: string }) =>
      [x.source, x.target].sort().join(),
    )
    expect(pairs.sort()).toEqual(
      [
        [me.id, a.id],
        [me.id, b.id],
        [a.id, b.id],
      ]
        .map((p) => p.sort().join())
        .sort(),
    )
  })

  it('counts someone reached through a direct connection who lets only a shared friend through', async () => {
    const e = env()
    const [me, open, picky, far] = await Promise.all([1, 2, 3, 4].map(() => signUp(e.app)))
    if (!me || !open || !picky || !far) throw new Error('members missing')
    await patchMe(e, open, { visibility: 'connections' })
    await connect(e, me, open)
    await connect(e, me, picky)
    await befriend(e, open, picky)
    await befriend(e, picky, far)
    // My scores of my new, quiet ties are weak, so picky (strong ties only) does not let me
    // through; picky's ties to open and far are strong on both sides.
    await ownScores(e, me)
    const reach = (await call(e.app, 'GET', '/api/network/reach', { as: me })).json()
    expect(reach).toEqual({ first: 2, second: 0, third: 1 })
    const page = (await call(e.app, 'GET', `/api/members/${far.id}`, { as: me })).json()
    expect(page.degree).toBe(3)
  })

  it('counts the members reached at each degree through usable ties only', async () => {
    const e = env()
    const [me, a, b, c, d] = await Promise.all([1, 2, 3, 4, 5].map(() => signUp(e.app)))
    if (!me || !a || !b || !c || !d) throw new Error('members missing')
    await befriend(e, me, a)
    await befriend(e, a, b)
    await befriend(e, a, c)
    await befriend(e, b, d)
    const reach = async () => (await call(e.app, 'GET', '/api/network/reach', { as: me })).json()
    expect(await reach()).toEqual({ first: 1, second: 2, third: 1 })
    await patchMe(e, a, { visibility: 'only_me' })
    expect(await reach()).toEqual({ first: 1, second: 0, third: 0 })
  })

  it('refuses bad queries and visitors, and hides unknown members', async () => {
    const e = env()
    const me = await signUp(e.app)
    expect((await pathsTo(me, '')).statusCode).toBe(400)
    expect((await pathsTo(me, `to=${me.id}&company=Acme`)).statusCode).toBe(400)
    expect((await pathsTo(me, 'to=nobody-at-all')).statusCode).toBe(404)
    expect((await call(e.app, 'GET', '/api/paths?company=Acme')).statusCode).toBe(401)
    expect((await call(e.app, 'GET', '/api/network/map')).statusCode).toBe(401)
    expect((await call(e.app, 'GET', '/api/career-strategy')).statusCode).toBe(401)
    expect((await call(e.app, 'GET', '/api/career-strategy/people?company=Acme')).statusCode).toBe(
      401,
    )
    expect((await call(e.app, 'GET', '/api/network/reach')).statusCode).toBe(401)
  })
})
