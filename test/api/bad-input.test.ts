import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, ORIGIN } from '../setup/harness.js'

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(response.statusCode).toBe(status)
  expect(response.headers['content-type']).toContain('application/problem+json')
  expect(response.json()).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    detail: expect.any(String),
  })
}

const WRITE_ROUTES = [
  {
    method: 'POST',
    url: '/api/auth/signup',
    valid: { email: 'x@example.org', password: 'long enough!', name: 'X' },
  },
  {
    method: 'POST',
    url: '/api/auth/login',
    valid: { email: 'x@example.org', password: 'whatever' },
  },
  { method: 'POST', url: '/api/tokens', valid: { name: 'cli' } },
  { method: 'PATCH', url: '/api/me', valid: { headline: 'ok' } },
  { method: 'POST', url: '/api/auth/password-reset', valid: { email: 'x@example.org' } },
  {
    method: 'POST',
    url: '/api/auth/password-reset/confirm',
    valid: { token: 'abc', password: 'long enough!' },
  },
] as const

describeEachDatabase('bad input', (env) => {
  for (const route of WRITE_ROUTES) {
    it(`${route.method} ${route.url}: malformed JSON, wrong types, unknown fields and oversize bodies are problems`, async () => {
      const { app } = env()
      const member = await signUp(app)
      const headers = { cookie: member.cookie, origin: ORIGIN, 'content-type': 'application/json' }
      const before = (await call(app, 'GET', '/api/me', { as: member })).json()

      const malformed = await app.inject({
        method: route.method,
        url: route.url,
        headers,
        payload: '{"email": ',
      })
      expectProblem(malformed, 400)

      const wrongTypes = Object.fromEntries(Object.keys(route.valid).map((k) => [k, 12345]))
      const typed = await call(app, route.method, route.url, { as: member, body: wrongTypes })
      expectProblem(typed, 400)
      expect((typed.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(
        expect.arrayContaining([Object.keys(route.valid)[0]]),
      )

      const unknown = await call(app, route.method, route.url, {
        as: member,
        body: { ...route.valid, admin: true },
      })
      expectProblem(unknown, 400)

      const huge = await app.inject({
        method: route.method,
        url: route.url,
        headers,
        payload: JSON.stringify({ ...route.valid, padding: 'x'.repeat(1_100_000) }),
      })
      expectProblem(huge, 413)

      const after = (await call(app, 'GET', '/api/me', { as: member })).json()
      expect(after).toEqual(before)
    })
  }

  it('reports every missing field of a sign-up by path', async () => {
    const { app } = env()
    const response = await call(app, 'POST', '/api/auth/signup', { body: {} })
    expectProblem(response, 400)
    const paths = (response.json() as { errors: { path: string }[] }).errors
      .map((e) => e.path)
      .sort()
    expect(paths).toEqual(['email', 'name', 'password'])
  })

  it('refuses a position whose end is before its start, and an impossible date, changing nothing', async () => {
    const { app } = env()
    const member = await signUp(app)
    const backwards = await call(app, 'PATCH', '/api/me', {
      as: member,
      body: {
        headline: 'changed',
        positions: [{ company: 'A', title: 'B', from: '2020', to: '2019' }],
      },
    })
    expectProblem(backwards, 400)
    expect((backwards.json() as { errors: { path: string }[] }).errors[0]?.path).toBe(
      'positions.0.to',
    )
    const impossible = await call(app, 'PATCH', '/api/me', {
      as: member,
      body: { positions: [{ company: 'A', title: 'B', from: '2020-02-31' }] },
    })
    expectProblem(impossible, 400)
    const me = (await call(app, 'GET', '/api/me', { as: member })).json()
    expect(me.headline).toBe('')
    expect(me.positions).toEqual([])
  })

  it('answers unknown API routes with a 404 problem', async () => {
    const { app } = env()
    expectProblem(await call(app, 'GET', '/api/nothing-here'), 404)
  })
})

describeEachDatabase('bad input on invitations and connections', (env) => {
  it('refuses malformed, mistyped, unknown-field and oversize invitations, sending nothing', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const headers = { cookie: a.cookie, origin: ORIGIN, 'content-type': 'application/json' }
    const valid = { to: b.id, note: 'Hello', howWeMet: { kind: 'other', detail: 'a podcast' } }
    expectProblem(
      await app.inject({ method: 'POST', url: '/api/invitations', headers, payload: '{"to":' }),
      400,
    )
    expectProblem(
      await call(app, 'POST', '/api/invitations', { as: a, body: { ...valid, note: 42 } }),
      400,
    )
    expectProblem(
      await call(app, 'POST', '/api/invitations', { as: a, body: { ...valid, cc: b.id } }),
      400,
    )
    expectProblem(
      await call(app, 'POST', '/api/invitations', { as: a, body: { note: 'Hello' } }),
      400,
    )
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/api/invitations',
        headers,
        payload: JSON.stringify({ ...valid, note: 'x'.repeat(1_100_000) }),
      }),
      413,
    )
    const sent = await call(app, 'GET', '/api/invitations?box=sent', { as: a })
    expect(sent.json().items).toEqual([])
    expectProblem(await call(app, 'GET', '/api/invitations?box=outbox', { as: a }), 400)
    expectProblem(await call(app, 'GET', '/api/connections?limit=9999', { as: a }), 400)
    expectProblem(await call(app, 'GET', '/api/connections?cursor=not-a-cursor', { as: a }), 400)
  })

  it('answers paths the router refuses (an over-long parameter, a broken escape) with problems', async () => {
    const { app } = env()
    const member = await signUp(app)
    const long = await call(app, 'GET', `/api/members/${'a'.repeat(500)}`, { as: member })
    expectProblem(long, 414)
    expect(long.json().type).toBe('/problems/uri_too_long')
    const broken = await call(app, 'GET', '/api/members/%E0%A4%A', { as: member })
    expectProblem(broken, 400)
    expect(broken.json().type).toBe('/problems/bad_url')
  })
})
