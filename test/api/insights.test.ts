import { beforeAll, expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>
const DAY = 86_400_000

describeEachDatabase('insights', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  const ago = (e: TestEnv, days: number) =>
    new Date(e.clock.now.getTime() - days * DAY).toISOString()

  async function contact(e: TestEnv, as: Member, body: Record<string, unknown>) {
    const r = await call(e.app, 'POST', '/api/contacts', { as, body })
    expect(r.statusCode).toBe(201)
    return r.json().id as string
  }

  async function log(e: TestEnv, as: Member, id: string, kind: string, daysAgo: number) {
    const r = await call(e.app, 'POST', `/api/contacts/${id}/interactions`, {
      as,
      body: { kind, at: ago(e, daysAgo) },
    })
    expect(r.statusCode).toBe(201)
  }

  /** One tie met once years ago, one close colleague seen every month. */
  async function network(e: TestEnv, as: Member) {
    const dormant = await contact(e, as, {
      name: 'Met Once',
      howMet: 'met_in_person',
      howMetNote: 'at a conference',
      since: ago(e, 9 * 365),
    })
    await log(e, as, dormant, 'event', 9 * 365)
    const close = await contact(e, as, {
      name: 'Close Colleague',
      howMet: 'worked_together',
      since: ago(e, 6 * 365),
      circles: ['clients'],
    })
    for (let m = 1; m <= 12; m++) {
      await log(e, as, close, 'meeting', m * 30)
      await log(e, as, close, 'message_sent', m * 30 + 1)
      await log(e, as, close, 'message_received', m * 30)
    }
    return { dormant, close }
  }

  it('suggests pruning a dormant tie with its reasons, not a close one', async () => {
    const e = env()
    const a = await signUp(e.app)
    const { dormant, close } = await network(e, a)
    const r = await call(e.app, 'GET', '/api/insights/prune', { as: a })
    expect(r.statusCode).toBe(200)
    const ids = r.json().items.map((i: { contact: { id: string } }) => i.contact.id)
    expect(ids).toContain(dormant)
    expect(ids).not.toContain(close)
    const item = r.json().items.find((i: { contact: { id: string } }) => i.contact.id === dormant)
    expect(item.reasons[0]).toMatch(/met once at a conference in \d{4}, nothing since/)
    expect(item.score).toBeGreaterThan(0.5)
    expect(r.json().threshold).toMatchObject({ threshold: 0.5, learnedFrom: 0 })
  })

  it('learns from marks, keeps a marked contact listed with its mark, and takes a new mark', async () => {
    const e = env()
    const a = await signUp(e.app)
    const { dormant } = await network(e, a)
    const markOf = async () => {
      const list = (await call(e.app, 'GET', '/api/insights/prune', { as: a })).json()
      return list.items.find((i: { contact: { id: string } }) => i.contact.id === dormant)?.mark
    }
    expect(await markOf()).toBeNull()
    const marked = await call(e.app, 'POST', '/api/insights/prune/feedback', {
      as: a,
      body: { contactId: dormant, verdict: 'keep' },
    })
    expect(marked.statusCode).toBe(200)
    expect(marked.json().threshold.learnedFrom).toBe(1)
    expect(marked.json().threshold.threshold).toBeGreaterThan(0.5)
    expect(await markOf()).toBe('keep')
    const health = (await call(e.app, 'GET', '/api/insights/health', { as: a })).json()
    expect(health.pruneThreshold.learnedFrom).toBe(1)
    expect(health.pruneSuggestions).toBe(0)
    const again = await call(e.app, 'POST', '/api/insights/prune/feedback', {
      as: a,
      body: { contactId: dormant, verdict: 'prune' },
    })
    expect(again.json().threshold.learnedFrom).toBe(1)
    expect(await markOf()).toBe('prune')
  })

  it('prunes in bulk, removing connections quietly, and undoes it', async () => {
    const e = env()
    const [a, b] = [await signUp(e.app), await signUp(e.app)]
    await connect(e, a, b)
    const off = await contact(e, a, { name: 'Off Platform' })
    const mine = (await call(e.app, 'GET', '/api/contacts', { as: a })).json().items
    const linked = mine.find((c: { memberId: string | null }) => c.memberId === b.id).id
    const removed = await call(e.app, 'POST', '/api/insights/prune/remove', {
      as: a,
      body: { contactIds: [linked, off] },
    })
    expect(removed.statusCode).toBe(200)
    expect(new Date(removed.json().undoUntil).getTime()).toBe(e.clock.now.getTime() + 30 * DAY)
    expect((await call(e.app, 'GET', '/api/contacts', { as: a })).json().items).toEqual([])
    expect((await call(e.app, 'GET', '/api/connections', { as: b })).json().items).toEqual([])
    const undone = await call(e.app, 'POST', '/api/insights/prune/undo', {
      as: a,
      body: { contactIds: [linked, off] },
    })
    expect(undone.statusCode).toBe(200)
    expect((await call(e.app, 'GET', '/api/contacts', { as: a })).json().items).toHaveLength(2)
    expect((await call(e.app, 'GET', '/api/connections', { as: b })).json().items).toHaveLength(1)
  })

  it('lists who is due by cadence per circle, and takes the member’s own cadences', async () => {
    const e = env()
    const a = await signUp(e.app)
    const client = await contact(e, a, { name: 'Client', circles: ['clients'] })
    await log(e, a, client, 'call', 47)
    const friend = await contact(e, a, { name: 'Friend', circles: ['friends'] })
    await log(e, a, friend, 'call', 47)
    const due = (await call(e.app, 'GET', '/api/insights/stay-in-touch', { as: a })).json()
    expect(due.cadences.clients).toBe(30)
    expect(due.items).toHaveLength(1)
    expect(due.items[0]).toMatchObject({
      contact: { id: client },
      reason: 'clients: monthly — last contact 47 days ago',
    })
    const set = await call(e.app, 'PUT', '/api/insights/cadences', {
      as: a,
      body: { cadences: { friends: 14 } },
    })
    expect(set.statusCode).toBe(200)
    expect(set.json().items.map((i: { contact: { id: string } }) => i.contact.id)).toEqual([friend])
  })

  it('sums the network: bands, reciprocity, responsiveness, dormant share and outcomes', async () => {
    const e = env()
    const a = await signUp(e.app)
    const { close } = await network(e, a)
    const outcome = await call(e.app, 'POST', `/api/contacts/${close}/outcomes`, {
      as: a,
      body: { kind: 'deal', at: ago(e, 10) },
    })
    expect(outcome.statusCode).toBe(201)
    const h = (await call(e.app, 'GET', '/api/insights/health', { as: a })).json()
    expect(h.size).toBe(2)
    expect(Object.values(h.byBand).reduce((x: number, y) => x + Number(y), 0)).toBe(2)
    expect(h.byBand.dormant).toBe(1)
    expect(h.dormantShare).toBe(0.5)
    expect(h.responsiveness.answered).toBe(12)
    expect(h.outcomesThisYear.deal).toBe(1)
    expect(h.pruneSuggestions).toBe(1)
  })

  it('sums exchanges per year over every contact, and counts a new one after a cached read', async () => {
    const e = env()
    const a = await signUp(e.app)
    const [one, two] = [
      await contact(e, a, { name: 'Gave To' }),
      await contact(e, a, { name: 'Asked Of' }),
    ]
    await log(e, a, one, 'favor_given', 400)
    await log(e, a, two, 'favor_given', 400)
    await log(e, a, two, 'favor_asked', 10)
    const year = (days: number) => new Date(ago(e, days)).getUTCFullYear()
    const byYear = async () =>
      (await call(e.app, 'GET', '/api/insights/health', { as: a })).json().reciprocityBalance
        .byYear as { year: number; memberGave: number; contactAsked: number }[]
    const first = await byYear()
    const gave = first.find((y) => y.year === year(400))
    expect(gave?.memberGave).toBe(2)
    expect(first.reduce((n, y) => n + y.contactAsked, 0)).toBe(1)
    expect(first.map((y) => y.year)).toEqual(first.map((y) => y.year).sort((x, y) => x - y))
    await log(e, a, one, 'favor_asked', 5)
    const second = await byYear()
    expect(second.reduce((n, y) => n + y.contactAsked, 0)).toBe(2)
  })

  it('keeps every insight to its owner', async () => {
    const e = env()
    const [a, other] = [await signUp(e.app), await signUp(e.app)]
    const id = await contact(e, a, { name: 'Private' })
    for (const who of [other, operator]) {
      for (const [url, body] of [
        ['/api/insights/prune/feedback', { contactId: id, verdict: 'prune' }],
        ['/api/insights/prune/remove', { contactIds: [id] }],
        [`/api/contacts/${id}/outcomes`, { kind: 'job', at: ago(e, 1) }],
      ] as const) {
        expect((await call(e.app, 'POST', url, { as: who, body })).statusCode).toBe(404)
      }
      const health = (await call(e.app, 'GET', '/api/insights/health', { as: who })).json()
      expect(health.size).toBe(0)
    }
    for (const url of [
      '/api/insights/health',
      '/api/insights/prune',
      '/api/insights/stay-in-touch',
    ]) {
      expect((await call(e.app, 'GET', url)).statusCode).toBe(401)
    }
  })
})
