import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('profiles and members', (env) => {
  it('keeps the whole profile, deriving seniority from each title', async () => {
    const { app } = env()
    const { cookie } = await signUp(app, { name: 'Grace Hopper' })
    const patch = {
      headline: 'Rear admiral of compilers',
      location: 'Arlington',
      valueProposition: 'I can explain compilers to anyone.',
      asks: 'Looking for teams who want to learn COBOL.',
      positions: [
        { company: 'US Navy', title: 'Rear Admiral', from: '1983', to: null },
        {
          company: 'Remington Rand',
          title: 'Director of Automatic Programming',
          from: '1949-06',
          to: '1967',
        },
        { company: 'Harvard', title: 'Research Fellow', from: '1944', to: '1949' },
      ],
      flags: { inTransition: true },
      visibility: 'connections',
      careerStrategy: { companies: ['DEC'], roles: ['Chief Scientist'] },
    }
    const saved = await call(app, 'PATCH', '/api/me', { as: { cookie }, body: patch })
    expect(saved.statusCode).toBe(200)
    const me = (await call(app, 'GET', '/api/me', { as: { cookie } })).json()
    expect(me).toMatchObject({
      name: 'Grace Hopper',
      headline: patch.headline,
      valueProposition: patch.valueProposition,
      asks: patch.asks,
      visibility: 'connections',
      careerStrategy: patch.careerStrategy,
      flags: { student: false, inTransition: true, openNetworker: false },
    })
    expect(me.positions.map((p: { seniority: string }) => p.seniority)).toEqual([
      'individual_contributor',
      'director',
      'individual_contributor',
    ])
    expect(me.positions[1]).toMatchObject({ from: '1949-06', to: '1967' })
  })

  it('shows another member the public profile only: no e-mail, no career strategy', async () => {
    const { app } = env()
    const owner = await signUp(app, { name: 'Katherine Johnson' })
    await call(app, 'PATCH', '/api/me', {
      as: owner,
      body: { headline: 'Mathematician', careerStrategy: { companies: ['NASA'], roles: ['Lead'] } },
    })
    const viewer = await signUp(app)
    const seen = await call(app, 'GET', `/api/members/${owner.id}`, { as: viewer })
    expect(seen.statusCode).toBe(200)
    expect(seen.json()).toMatchObject({
      id: owner.id,
      name: 'Katherine Johnson',
      headline: 'Mathematician',
      isSelf: false,
    })
    expect(seen.body).not.toContain(owner.email)
    expect(seen.body).not.toContain('NASA')
    const self = await call(app, 'GET', `/api/members/${owner.id}`, { as: owner })
    expect(self.json().isSelf).toBe(true)
  })

  it('hides members from visitors who are not signed in, and answers 404 for unknown ids', async () => {
    const { app } = env()
    const member = await signUp(app)
    expect((await call(app, 'GET', `/api/members/${member.id}`)).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/members?q=a')).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/members/NOPE', { as: member })).statusCode).toBe(404)
  })

  it('searches by name, company and title, and pages with a cursor', async () => {
    const { app } = env()
    const searcher = await signUp(app)
    for (const [name, company, title] of [
      ['Zelda Fitzgerald', 'Jazz Age Media', 'Editor'],
      ['Zora Hurston', 'Harlem Press', 'Anthropologist'],
      ['Zadie Smith', 'Jazz Age Media', 'Novelist'],
    ] as const) {
      const m = await signUp(app, { name })
      await call(app, 'PATCH', '/api/me', { as: m, body: { positions: [{ company, title }] } })
    }
    const byCompany = (await call(app, 'GET', '/api/members?q=jazz%20age', { as: searcher })).json()
    expect(byCompany.items.map((i: { name: string }) => i.name)).toEqual([
      'Zadie Smith',
      'Zelda Fitzgerald',
    ])
    expect(byCompany.items[0]).toMatchObject({ company: 'Jazz Age Media', title: 'Novelist' })
    const byTitle = (await call(app, 'GET', '/api/members?q=anthropolog', { as: searcher })).json()
    expect(byTitle.items.map((i: { name: string }) => i.name)).toEqual(['Zora Hurston'])
    const first = (await call(app, 'GET', '/api/members?q=Z&limit=2', { as: searcher })).json()
    expect(first.items).toHaveLength(2)
    expect(first.next).toEqual(expect.any(String))
    const second = (
      await call(app, 'GET', `/api/members?q=Z&limit=2&cursor=${first.next}`, { as: searcher })
    ).json()
    const names = [...first.items, ...second.items].map((i: { name: string }) => i.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual(
      expect.arrayContaining(['Zadie Smith', 'Zelda Fitzgerald', 'Zora Hurston']),
    )
  })

  it('makes the first member of an instance its operator', async () => {
    const { app, ctx } = env()
    const { countMembers } = await import('../../src/db/queries/members.js')
    expect(await countMembers(ctx.db)).toBeGreaterThan(0)
    const later = await signUp(app)
    expect((await call(app, 'GET', '/api/me', { as: later })).json().role).toBe('member')
  })
})
