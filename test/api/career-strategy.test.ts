import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { connect, ownScores, patchMe } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>
interface Person {
  target: { id: string }
  title: string
  seniority: string
  hops: number
  inTargetRole: boolean
}

describeEachDatabase('career strategy', (env) => {
  async function strategy(as: Member, query = '') {
    const r = await call(env().app, 'GET', `/api/career-strategy${query}`, { as })
    expect(r.statusCode).toBe(200)
    return r.json()
  }

  async function people(as: Member, query: string) {
    const r = await call(env().app, 'GET', `/api/career-strategy/people?${query}`, { as })
    expect(r.statusCode).toBe(200)
    return r.json() as { items: Person[]; next?: string }
  }

  async function staffAt(e: TestEnv, company: string, titles: string[]) {
    const members: Member[] = []
    for (const title of titles) {
      const m = await signUp(e.app)
      await patchMe(e, m, { positions: [{ company, title }] })
      members.push(m)
    }
    return members
  }

  /**
   * Me, with a friend and a friend of theirs who let their connections through; at Globex a VP
   * Sales I know, a Head of Sales and a Sales Manager my friend knows, and a Head of Sales their
   * friend knows; at Initech one Head of Sales my friend knows.
   */
  async function community(e: TestEnv) {
    const [me, friend, further] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await patchMe(e, friend, { visibility: 'connections' })
    await patchMe(e, further, { visibility: 'connections' })
    const [vp, head, manager, farHead] = await staffAt(e, 'Globex', [
      'VP Sales',
      'Head of Sales',
      'Sales Manager',
      'Head of Sales EMEA',
    ])
    const [initech] = await staffAt(e, 'Initech', ['Head of Sales'])
    if (!vp || !head || !manager || !farHead || !initech) throw new Error('members missing')
    await connect(e, me, friend)
    await connect(e, friend, further)
    await connect(e, me, vp)
    await connect(e, friend, head)
    await connect(e, friend, manager)
    await connect(e, further, farHead)
    await connect(e, friend, initech)
    await patchMe(e, me, {
      careerStrategy: { companies: ['Globex', 'Initech'], roles: ['Head of Sales'] },
    })
    return { me, friend, vp, head, manager, farHead, initech }
  }

  const ids = (list: Person[]) => list.map((p) => p.target.id)

  it('lists people in my target roles, best path first, with their titles, a page at a time', async () => {
    const e = env()
    const { me, friend, vp, head, farHead, initech } = await community(e)
    const first = await strategy(me, '?limit=1&perCompany=2')
    expect(first.roles).toEqual(['Head of Sales'])
    expect(first.companies).toHaveLength(1)
    const globex = first.companies[0]
    // The sales manager is reachable, but below the rank asked for.
    expect(globex).toMatchObject({ company: 'Globex', staff: 4, reachable: 4, inTargetRoles: 3 })
    expect(ids(globex.people)).toEqual([vp.id, head.id])
    expect(globex.people[0]).toMatchObject({
      title: 'VP Sales',
      seniority: 'vp',
      hops: 1,
      inTargetRole: true,
    })
    expect(globex.people[1]).toMatchObject({ title: 'Head of Sales', hops: 2 })
    expect(globex.introducers).toEqual([
      expect.objectContaining({ member: expect.objectContaining({ id: friend.id }), reaches: 2 }),
    ])
    const rest = await people(me, `company=Globex&limit=5&cursor=${globex.next}`)
    expect(rest.next).toBeUndefined()
    expect(ids(rest.items)).toEqual([farHead.id])
    expect(rest.items[0]).toMatchObject({ title: 'Head of Sales EMEA', hops: 3 })

    const second = await strategy(me, `?limit=1&cursor=${first.next}`)
    expect(second.next).toBeUndefined()
    expect(second.companies.map((c: { company: string }) => c.company)).toEqual(['Initech'])
    expect(ids(second.companies[0].people)).toEqual([initech.id])
  })

  it('lists everyone reachable on request, saying who holds a target role', async () => {
    const e = env()
    const { me, vp, head, manager, farHead } = await community(e)
    const everyone = await strategy(me, '?roles=any&limit=1')
    const globex = everyone.companies[0]
    const byTarget = new Map<string, Person>(globex.people.map((p: Person) => [p.target.id, p]))
    expect([...byTarget.keys()].sort()).toEqual([vp.id, head.id, manager.id, farHead.id].sort())
    expect(byTarget.get(manager.id)).toMatchObject({ title: 'Sales Manager', inTargetRole: false })
    expect(byTarget.get(head.id)?.inTargetRole).toBe(true)
    // Best path first: the direct tie, then two hops, then three.
    expect(globex.people.map((p: Person) => p.hops)).toEqual([1, 2, 2, 3])
    const all = await people(me, 'company=globex&roles=any')
    expect(ids(all.items)).toEqual(ids(globex.people))
    // With no target roles, the list is everyone.
    await patchMe(e, me, { careerStrategy: { companies: ['Globex'], roles: [] } })
    const noRoles = (await strategy(me)).companies[0]
    expect(noRoles).toMatchObject({ reachable: 4, inTargetRoles: 0 })
    expect(noRoles.people).toHaveLength(4)
  })

  it('follows the graph as it changes, and shows only my own score of an introducer', async () => {
    const e = env()
    const { me, friend, head, manager, farHead } = await community(e)
    const before = (await strategy(me, '?limit=1&roles=any')).companies[0]
    expect(before.people.find((p: Person) => p.target.id === farHead.id)?.hops).toBe(3)
    await connect(e, me, farHead)
    const closer = (await strategy(me, '?limit=1&roles=any')).companies[0]
    expect(closer.people.find((p: Person) => p.target.id === farHead.id)?.hops).toBe(1)
    await patchMe(e, friend, { visibility: 'only_me' })
    const hidden = (await strategy(me, '?limit=1&roles=any')).companies[0]
    expect(ids(hidden.people)).not.toContain(head.id)
    expect(ids(hidden.people)).not.toContain(manager.id)
    expect(hidden.introducers).toEqual([])
    await patchMe(e, friend, { visibility: 'connections' })
    const mine = await ownScores(e, me)
    await ownScores(e, friend)
    const [introducer] = (await strategy(me, '?limit=1')).companies[0].introducers
    expect(introducer.member.id).toBe(friend.id)
    expect(introducer.strength).toBeCloseTo(mine.get(friend.id) ?? Number.NaN, 5)
  })

  it('refuses bad pages and filters, and visitors', async () => {
    const e = env()
    const me = await signUp(e.app)
    for (const query of ['?limit=0', '?perCompany=51', '?cursor=abc', '?roles=some', '?x=1']) {
      const r = await call(e.app, 'GET', `/api/career-strategy${query}`, { as: me })
      expect(r.statusCode, query).toBe(400)
    }
    for (const query of ['', 'company=', 'company=Globex&cursor=-1', 'company=Globex&limit=201']) {
      const r = await call(e.app, 'GET', `/api/career-strategy/people?${query}`, { as: me })
      expect(r.statusCode, query).toBe(400)
    }
    expect(
      (await call(e.app, 'GET', '/api/career-strategy/people?company=Globex')).statusCode,
    ).toBe(401)
  })
})
