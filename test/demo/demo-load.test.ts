import { expect, it } from 'vitest'
import { loadDemoCommunity } from '../../src/services/demo/load-demo.js'
import { call, sessionCookieOf } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('loading the demo community', (env) => {
  it('fills an empty database once, and its login sees connections and invitations', {
    timeout: 300_000,
  }, async () => {
    const { app, ctx } = env()
    const result = await loadDemoCommunity(ctx, { members: 200, seed: 3 })
    expect(result.members).toBe(200)
    expect(result.connections).toBeGreaterThan(200)
    await expect(loadDemoCommunity(ctx, { members: 200, seed: 3 })).rejects.toMatchObject({
      code: 'conflict',
    })
    const login = await call(app, 'POST', '/api/auth/login', { body: result.login })
    expect(login.statusCode).toBe(200)
    expect(login.json().member.role).toBe('operator')
    const cookie = sessionCookieOf(login)
    const connections = (
      await call(app, 'GET', '/api/connections?limit=200', { as: { cookie } })
    ).json()
    expect(connections.items.length).toBeGreaterThan(50)
    const received = (
      await call(app, 'GET', '/api/invitations?box=received', { as: { cookie } })
    ).json()
    expect(received.items.length).toBeGreaterThan(0)
    // Clients confirmed the searches the login ran with them, and recommend them.
    const workedTogether = (
      await call(app, 'GET', '/api/worked-together', { as: { cookie } })
    ).json()
    expect(workedTogether.items.some((w: { status: string }) => w.status === 'proposed')).toBe(true)
    const recommendations = (
      await call(app, 'GET', '/api/recommendations?box=received', { as: { cookie } })
    ).json()
    expect(recommendations.items.map((r: { status: string }) => r.status).sort()).toEqual([
      'approved',
      'pending',
    ])
    // The histories' messages are the login's conversations, newest first.
    const inbox = (await call(app, 'GET', '/api/conversations?limit=50', { as: { cookie } })).json()
    expect(inbox.items.length).toBeGreaterThan(5)
    const thread = (
      await call(app, 'GET', `/api/conversations/${inbox.items[0].id}/messages`, { as: { cookie } })
    ).json()
    expect(thread.items.length).toBeGreaterThan(0)
    expect(thread.items[0].body.length).toBeGreaterThan(0)
    const me = login.json().member.id
    const profile = (await call(app, 'GET', `/api/members/${me}`, { as: { cookie } })).json()
    expect(profile.recommendations[0].engagement.line).toMatch(
      /^Worked together at .+ leadership search, \d{4}(–\d{4})?, confirmed by both$/,
    )
  })
})
