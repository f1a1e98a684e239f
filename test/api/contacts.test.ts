import { beforeAll, expect, it } from 'vitest'
import { STRONG_FROM } from '../../src/domain/strength-bands.js'
import type { MemberId } from '../../src/ids.js'
import { recordPlatformInteraction } from '../../src/services/relationships/interactions.js'
import { analyzeNetwork } from '../../src/services/scoring/index.js'
import { inTransaction } from '../../src/services/transaction.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { befriend, connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

describeEachDatabase('contacts', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  async function contactsOf(member: Member, query = '') {
    const r = await call(env().app, 'GET', `/api/contacts${query}`, { as: member })
    expect(r.statusCode).toBe(200)
    return r.json().items as { id: string; name: string; memberId: string | null }[]
  }

  it('makes every connection a contact, with how they met and a strength', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app, { name: 'Ana' }), await signUp(app, { name: 'Bo' })]
    await connect(env(), a, b)
    const items = await contactsOf(a)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ name: 'Bo', memberId: b.id, source: 'platform' })
    const detail = await call(app, 'GET', `/api/contacts/${items[0]?.id}`, { as: a })
    expect(detail.statusCode).toBe(200)
    expect(detail.json()).toMatchObject({ howMet: 'worked_together', howMetNote: 'at Acme' })
    expect(detail.json().strength).toBeGreaterThan(0)
    expect(detail.json().strengthReasons.length).toBeGreaterThan(0)
  })

  it('adds off-platform contacts, logs interactions and explains the result', async () => {
    const { app, clock } = env()
    const a = await signUp(app)
    const created = await call(app, 'POST', '/api/contacts', {
      as: a,
      body: { name: 'Dana Off', company: 'Globex', circles: ['clients'] },
    })
    expect(created.statusCode).toBe(201)
    const id = created.json().id
    const before = created.json().strength
    for (let i = 0; i < 6; i++) {
      const at = new Date(clock.now.getTime() - (200 - i * 30) * 86_400_000).toISOString()
      const r = await call(app, 'POST', `/api/contacts/${id}/interactions`, {
        as: a,
        body: { kind: 'message_sent', at },
      })
      expect(r.statusCode).toBe(201)
      expect(r.json().interaction).toMatchObject({ kind: 'message_sent', source: 'manual' })
    }
    const detail = (await call(app, 'GET', `/api/contacts/${id}`, { as: a })).json()
    expect(detail.timeline).toHaveLength(6)
    expect(detail.responsiveness).toMatchObject({ sent: 6, answered: 0 })
    expect(detail.strengthReasons).toContain('you wrote 6 times, they never answered')
    expect(detail.strength).not.toBe(before)
    const meeting = await call(app, 'POST', `/api/contacts/${id}/interactions`, {
      as: a,
      body: { kind: 'favor_given', at: clock.now.toISOString(), note: 'CV review' },
    })
    expect(meeting.statusCode).toBe(201)
    const after = (await call(app, 'GET', `/api/contacts/${id}`, { as: a })).json()
    expect(after.reciprocity).toMatchObject({ memberGave: 1, label: 'you give more' })
  })

  it('sets circles and notes, lists by circle and counts circles', async () => {
    const { app } = env()
    const a = await signUp(app)
    const one = (await call(app, 'POST', '/api/contacts', { as: a, body: { name: 'One' } })).json()
    await call(app, 'POST', '/api/contacts', { as: a, body: { name: 'Two' } })
    const patched = await call(app, 'PATCH', `/api/contacts/${one.id}`, {
      as: a,
      body: { circles: ['clients', 'friends', 'clients'], notes: 'Prefers calls' },
    })
    expect(patched.statusCode).toBe(200)
    expect(patched.json()).toMatchObject({
      circles: ['clients', 'friends'],
      notes: 'Prefers calls',
    })
    expect((await contactsOf(a, '?circle=clients')).map((c) => c.name)).toEqual(['One'])
    expect((await contactsOf(a, '?sort=name')).map((c) => c.name)).toEqual(['One', 'Two'])
    const circles = (await call(app, 'GET', '/api/circles', { as: a })).json().items
    expect(circles).toEqual([
      { name: 'clients', count: 1 },
      { name: 'friends', count: 1 },
    ])
  })

  it("keeps a contact entered with a stranger's e-mail exactly as typed, as for any address", async () => {
    const { app } = env()
    const [a, stranger] = [await signUp(app), await signUp(app, { name: 'Hidden Owner' })]
    await call(app, 'PATCH', '/api/me', {
      as: stranger,
      body: { positions: [{ company: 'Secret Corp', title: 'CFO' }] },
    })
    const typed = { name: 'Someone', company: 'Typed Co', title: 'Typed title' }
    const add = async (email: string) => {
      const r = await call(app, 'POST', '/api/contacts', { as: a, body: { ...typed, email } })
      expect(r.statusCode).toBe(201)
      const { id, email: shown, ...rest } = r.json()
      expect(shown).toBe(email.toLowerCase())
      return rest
    }
    const forMember = await add(stranger.email.toUpperCase())
    const forNobody = await add(`nobody-${Date.now()}@example.org`)
    expect(forMember).toMatchObject({ ...typed, memberId: null })
    expect(forMember).toEqual(forNobody)
    const listed = await contactsOf(a)
    expect(listed.every((c) => c.memberId === null && c.name === 'Someone')).toBe(true)
  })

  it('keeps contacts, notes and interactions private to their owner', async () => {
    const { app } = env()
    const [a, other] = [await signUp(app), await signUp(app)]
    const id = (
      await call(app, 'POST', '/api/contacts', {
        as: a,
        body: { name: 'Secret', notes: 'private' },
      })
    ).json().id
    for (const who of [other, operator]) {
      expect((await call(app, 'GET', `/api/contacts/${id}`, { as: who })).statusCode).toBe(404)
      expect(
        (await call(app, 'PATCH', `/api/contacts/${id}`, { as: who, body: { notes: 'x' } }))
          .statusCode,
      ).toBe(404)
      expect(
        (
          await call(app, 'POST', `/api/contacts/${id}/interactions`, {
            as: who,
            body: { kind: 'call', at: '2026-01-01T00:00:00Z' },
          })
        ).statusCode,
      ).toBe(404)
      expect((await contactsOf(who)).map((c) => c.id)).not.toContain(id)
    }
    expect((await call(app, 'GET', `/api/contacts/${id}`)).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/contacts')).statusCode).toBe(401)
    expect(
      (
        await call(app, 'POST', `/api/contacts/${id}/interactions`, {
          body: { kind: 'call', at: '2026-01-01T00:00:00Z' },
        })
      ).statusCode,
    ).toBe(401)
  })

  it('rejects unknown kinds and extra fields with the field named', async () => {
    const { app } = env()
    const a = await signUp(app)
    const id = (await call(app, 'POST', '/api/contacts', { as: a, body: { name: 'X' } })).json().id
    const bad = await call(app, 'POST', `/api/contacts/${id}/interactions`, {
      as: a,
      body: { kind: 'poke', at: '2026-01-01T00:00:00Z' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('kind')
    const extra = await call(app, 'PATCH', `/api/contacts/${id}`, {
      as: a,
      body: { strength: 1 },
    })
    expect(extra.statusCode).toBe(400)
  })

  it('hides the contact of a connection removed quietly, and shows it again on restore', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    await connect(env(), a, b)
    expect(await contactsOf(a)).toHaveLength(1)
    await call(app, 'DELETE', `/api/connections/${b.id}`, { as: a })
    expect(await contactsOf(a)).toHaveLength(0)
    await call(app, 'POST', `/api/connections/${b.id}/restore`, { as: a })
    expect(await contactsOf(a)).toHaveLength(1)
  })

  it('records what happens on the platform in both logs, once per key', async () => {
    const { app, ctx, clock } = env()
    const [a, b] = [await signUp(app), await signUp(app, { name: 'Platform Peer' })]
    for (let i = 0; i < 2; i++) {
      await inTransaction(ctx, (scope) =>
        recordPlatformInteraction(scope, a.id as MemberId, b.id, {
          kind: 'intro_made',
          at: clock.now,
          dedupeKey: 'intro-1',
        }),
      )
    }
    const [mine] = await contactsOf(a)
    expect(mine).toMatchObject({ memberId: b.id, name: 'Platform Peer' })
    const detail = (await call(app, 'GET', `/api/contacts/${mine?.id}`, { as: a })).json()
    expect(detail.timeline).toHaveLength(1)
    expect(detail.timeline[0]).toMatchObject({ kind: 'intro_made', source: 'platform' })
    expect(detail.reciprocity.memberGave).toBe(1)
  })

  it('lists each contact with its band and top reason, current after a new interaction', async () => {
    const { app, clock } = env()
    const a = await signUp(app)
    const id = (
      await call(app, 'POST', '/api/contacts', { as: a, body: { name: 'Reasoned' } })
    ).json().id
    const reasonOf = async () => {
      const [listed] = (await call(app, 'GET', '/api/contacts', { as: a })).json().items
      const detail = (await call(app, 'GET', `/api/contacts/${id}`, { as: a })).json()
      expect(listed).toMatchObject({ id, band: detail.band, strength: detail.strength })
      expect(listed.topReason).toBe(detail.strengthReasons[0])
      return listed as { topReason: string; strength: number }
    }
    const before = await reasonOf()
    expect(before.topReason.length).toBeGreaterThan(0)
    for (let i = 0; i < 6; i++) {
      const at = new Date(clock.now.getTime() - (200 - i * 30) * 86_400_000).toISOString()
      await call(app, 'POST', `/api/contacts/${id}/interactions`, {
        as: a,
        body: { kind: 'message_sent', at },
      })
    }
    const after = await reasonOf()
    expect(after.topReason).not.toBe(before.topReason)
    expect(after.strength).not.toBe(before.strength)
  })

  it('counts only the members a contact and I both hold strong ties with', async () => {
    const { app, ctx } = env()
    const [a, b, c, d] = [
      await signUp(app),
      await signUp(app),
      await signUp(app),
      await signUp(app),
    ]
    // A, B and D see each other often; C is a new, quiet connection of A and B.
    for (const [x, y] of [
      [a, b],
      [a, d],
      [b, d],
    ] as const) {
      await befriend(env(), x, y)
    }
    await connect(env(), a, c)
    await connect(env(), b, c)
    // C's ties are not strong, unscored or scored by C's rescore (the graph weighs stored scores
    // at once), so C is no strong tie shared by A and B, while D is.
    const scoredByC = (await call(app, 'GET', '/api/contacts', { as: c })).json().items
    expect(scoredByC.every((i: { strength: number }) => i.strength < STRONG_FROM)).toBe(true)
    await analyzeNetwork(ctx, c.id)
    const mine = await contactsOf(a)
    const structural = async (member: Member) => {
      const id = mine.find((m) => m.memberId === member.id)?.id
      const detail = (await call(app, 'GET', `/api/contacts/${id}`, { as: a })).json()
      return detail.factors.structural as number
    }
    expect(await structural(b)).toBeCloseTo(1 - Math.exp(-1 / 4), 5)
    expect(await structural(d)).toBeCloseTo(1 - Math.exp(-1 / 4), 5)
    expect(await structural(c)).toBe(0)
  })

  it('refuses a second contact for a member already among the contacts', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    await connect(env(), a, b)
    const again = await call(app, 'POST', '/api/contacts', {
      as: a,
      body: { name: 'Same Person', email: b.email },
    })
    expect(again.statusCode).toBe(409)
  })

  it('refuses a second contact entered with the same e-mail, and adds nothing', async () => {
    const { app } = env()
    const a = await signUp(app)
    const body = { name: 'Twice', email: `twice-${Date.now()}@example.org` }
    expect((await call(app, 'POST', '/api/contacts', { as: a, body })).statusCode).toBe(201)
    const again = await call(app, 'POST', '/api/contacts', {
      as: a,
      body: { ...body, email: body.email.toUpperCase() },
    })
    expect(again.statusCode).toBe(409)
    expect((await contactsOf(a)).filter((c) => c.name === 'Twice')).toHaveLength(1)
  })
})
