import { expect, it } from 'vitest'
import { loadDemoCommunity } from '../../src/services/demo/load-demo.js'
import { call, sessionCookieOf } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('the demo community’s introductions', (env) => {
  it('shows its login introductions in every part and state, accepted ones with their three-way conversation', async () => {
    const { app, ctx } = env()
    const result = await loadDemoCommunity(ctx, { members: 200, seed: 3 })
    const login = await call(app, 'POST', '/api/auth/login', { body: result.login })
    const as = { cookie: sessionCookieOf(login) }
    const list = async (role: string) => {
      const r = await call(app, 'GET', `/api/introductions?role=${role}&limit=200`, { as })
      expect(r.statusCode, r.body).toBe(200)
      return r.json().items as { id: string; status: string; conversationId: string | null }[]
    }
    const asked = await list('requester')
    expect(new Set(asked.map((i) => i.status))).toEqual(
      new Set(['requested', 'forwarded', 'accepted', 'not_this_time', 'expired']),
    )
    const queue = await list('introducer')
    expect(queue.map((i) => i.status)).toContain('requested')
    expect(queue.map((i) => i.status)).toContain('declined_by_introducer')
    const offered = await list('target')
    expect(offered.map((i) => i.status)).toContain('forwarded')

    const made = asked.find((i) => i.status === 'accepted')
    const thread = await call(app, 'GET', `/api/conversations/${made?.conversationId}/messages`, {
      as,
    })
    expect(thread.statusCode, thread.body).toBe(200)
    expect(thread.json().items.length).toBeGreaterThan(0)
    const conversations = (await call(app, 'GET', '/api/conversations?limit=200', { as })).json()
    const three = conversations.items.find((c: { id: string }) => c.id === made?.conversationId)
    // The login and the two others of the introduction.
    expect(three.with).toHaveLength(2)

    const record = (await call(app, 'GET', '/api/introductions/introducer-record', { as })).json()
    expect(record.accepted).toBeGreaterThan(0)
    const produced = await call(app, 'GET', '/api/introductions/produced', { as })
    expect(produced.statusCode).toBe(200)
  })
})
