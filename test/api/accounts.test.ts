import { expect, it } from 'vitest'
import { recordCredentialUse } from '../../src/services/accounts/index.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, sessionCookieOf, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('accounts', (env) => {
  it('signs up, sets an httpOnly SameSite=Lax session cookie, and answers /api/me', async () => {
    const { app } = env()
    const response = await call(app, 'POST', '/api/auth/signup', {
      body: { email: 'Ada@Example.org', password: 'a long enough secret', name: 'Ada Lovelace' },
    })
    expect(response.statusCode).toBe(201)
    const { member } = response.json()
    expect(member).toMatchObject({
      email: 'ada@example.org',
      name: 'Ada Lovelace',
      visibility: 'strong_ties',
    })
    expect(member.flags).toEqual({ student: false, inTransition: false, openNetworker: false })
    const cookie = response.cookies.find((c) => c.name === 'rapport_session')
    expect(cookie?.httpOnly).toBe(true)
    expect(cookie?.sameSite).toBe('Lax')
    const me = await call(app, 'GET', '/api/me', { as: { cookie: sessionCookieOf(response) } })
    expect(me.statusCode).toBe(200)
    expect(me.json().id).toBe(member.id)
  })

  it('refuses a short password with 400 naming the field', async () => {
    const { app } = env()
    const short = await call(app, 'POST', '/api/auth/signup', {
      body: { email: 'short@example.org', password: 'short', name: 'Short' },
    })
    expect(short.statusCode).toBe(400)
    expect(short.json().errors).toEqual([{ path: 'password', message: expect.any(String) }])
  })

  it('logs in with the right password only, and logs out', async () => {
    const { app } = env()
    const { email } = await signUp(app, { password: 'the right password' })
    const wrong = await call(app, 'POST', '/api/auth/login', {
      body: { email, password: 'the wrong one!' },
    })
    expect(wrong.statusCode).toBe(401)
    const unknown = await call(app, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: 'the right password' },
    })
    expect(unknown.statusCode).toBe(401)
    const right = await call(app, 'POST', '/api/auth/login', {
      body: { email, password: 'the right password' },
    })
    expect(right.statusCode).toBe(200)
    const cookie = sessionCookieOf(right)
    expect((await call(app, 'GET', '/api/me', { as: { cookie } })).statusCode).toBe(200)
    expect((await call(app, 'POST', '/api/auth/logout', { as: { cookie } })).statusCode).toBe(204)
    expect((await call(app, 'GET', '/api/me', { as: { cookie } })).statusCode).toBe(401)
  })

  it('locks an account after too many failures, with Retry-After, then lets it in after 15 minutes', async () => {
    const { app, ctx, clock } = env()
    const { email } = await signUp(app, { password: 'the right password' })
    for (let i = 0; i < ctx.config.loginFailures; i++) {
      const r = await call(app, 'POST', '/api/auth/login', {
        body: { email, password: `wrong guess ${i}` },
      })
      expect(r.statusCode).toBe(401)
    }
    const locked = await call(app, 'POST', '/api/auth/login', {
      body: { email, password: 'the right password' },
    })
    expect(locked.statusCode).toBe(429)
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
    clock.advance(15 * 60_000 + 1000)
    const after = await call(app, 'POST', '/api/auth/login', {
      body: { email, password: 'the right password' },
    })
    expect(after.statusCode).toBe(200)
  })

  it('issues personal access tokens that work as bearer credentials and can be revoked', async () => {
    const { app } = env()
    const { cookie, id } = await signUp(app)
    const created = await call(app, 'POST', '/api/tokens', {
      as: { cookie },
      body: { name: 'cli' },
    })
    expect(created.statusCode).toBe(201)
    const { token, id: tokenId } = created.json()
    expect(token).toMatch(/^rpt_/)
    const me = await call(app, 'GET', '/api/me', { as: { token } })
    expect(me.json().id).toBe(id)
    const listed = await call(app, 'GET', '/api/tokens', { as: { token } })
    expect(JSON.stringify(listed.json())).not.toContain(token)
    expect(
      (await call(app, 'DELETE', `/api/tokens/${tokenId}`, { as: { cookie } })).statusCode,
    ).toBe(204)
    expect((await call(app, 'GET', '/api/me', { as: { token } })).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/me', { as: { token: 'rpt_forged' } })).statusCode).toBe(
      401,
    )
  })

  it('refuses cookie-authenticated changes from another origin or without Origin; bearer is exempt', async () => {
    const { app } = env()
    const { cookie } = await signUp(app)
    const foreign = await call(app, 'PATCH', '/api/me', {
      as: { cookie },
      body: { headline: 'hijacked' },
      headers: { origin: 'https://evil.example' },
    })
    expect(foreign.statusCode).toBe(403)
    const none = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { headline: 'x' },
    })
    expect(none.statusCode).toBe(403)
    const me = await call(app, 'GET', '/api/me', { as: { cookie } })
    expect(me.json().headline).toBe('')
    const { token } = (
      await call(app, 'POST', '/api/tokens', { as: { cookie }, body: { name: 't' } })
    ).json()
    const bearer = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
      payload: { headline: 'by script' },
    })
    expect(bearer.statusCode).toBe(200)
  })

  it('mails a one-time password reset that signs other sessions out', async () => {
    const { app, ctx } = env()
    const operator = await signUp(app, { name: 'Operator' })
    await grantOperator(ctx, operator.email)
    const { email, cookie } = await signUp(app)
    const unknown = await call(app, 'POST', '/api/auth/password-reset', {
      body: { email: 'ghost@example.org' },
    })
    expect(unknown.statusCode).toBe(202)
    expect(
      (await call(app, 'POST', '/api/auth/password-reset', { body: { email } })).statusCode,
    ).toBe(202)
    const outbox = await call(app, 'GET', '/dev/mail.json', { as: operator })
    const mail = outbox.json().items.find((m: { to: string }) => m.to === email)
    const token = /code: (\S+)/.exec(mail.text)?.[1]
    expect(token).toBeDefined()
    const confirm = await call(app, 'POST', '/api/auth/password-reset/confirm', {
      body: { token, password: 'a brand new password' },
    })
    expect(confirm.statusCode).toBe(204)
    expect((await call(app, 'GET', '/api/me', { as: { cookie } })).statusCode).toBe(401)
    const again = await call(app, 'POST', '/api/auth/password-reset/confirm', {
      body: { token, password: 'yet another password' },
    })
    expect(again.statusCode).toBe(400)
    const login = await call(app, 'POST', '/api/auth/login', {
      body: { email, password: 'a brand new password' },
    })
    expect(login.statusCode).toBe(200)
    expect(ctx.mail).toBeNull()
  })
})

describeEachDatabase(
  'sign-up limit per client address',
  (env) => {
    it('answers 429 with Retry-After past RAPPORT_SIGNUPS_PER_HOUR and writes nothing', async () => {
      const { app } = env()
      await signUp(app)
      await signUp(app)
      const third = await call(app, 'POST', '/api/auth/signup', {
        body: { email: 'third@example.org', password: 'long enough pw', name: 'Third' },
      })
      expect(third.statusCode).toBe(429)
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(3000)
      const login = await call(app, 'POST', '/api/auth/login', {
        body: { email: 'third@example.org', password: 'long enough pw' },
      })
      expect(login.statusCode).toBe(401)
    })
  },
  { signupsPerHour: 2 },
)

describeEachDatabase('sessions', (env) => {
  it('slide while in use and end after 30 days without a visit', async () => {
    const { app, clock, ctx } = env()
    const { cookie } = await signUp(app)
    for (let week = 0; week < 8; week++) {
      clock.advance(7 * 24 * 3600_000)
      expect((await call(app, 'GET', '/api/me', { as: { cookie } })).statusCode).toBe(200)
      await recordCredentialUse(ctx)
    }
    clock.advance(31 * 24 * 3600_000)
    expect((await call(app, 'GET', '/api/me', { as: { cookie } })).statusCode).toBe(401)
  })
})

describeEachDatabase('personal access tokens in use', (env) => {
  it('record when they were last used, to the minute, once the uses are written', async () => {
    const { app, clock, ctx } = env()
    const { cookie } = await signUp(app)
    const { token } = (
      await call(app, 'POST', '/api/tokens', { as: { cookie }, body: { name: 'script' } })
    ).json()
    // The server writes noted uses once a minute; here they are written before each look.
    const lastUsed = async () => {
      await recordCredentialUse(ctx)
      return (await call(app, 'GET', '/api/tokens', { as: { cookie } })).json().items[0].lastUsedAt
    }
    expect(await lastUsed()).toBeNull()
    await call(app, 'GET', '/api/me', { as: { token } })
    const first = await lastUsed()
    expect(first).toBe(clock.now.toISOString())
    clock.advance(10_000)
    await call(app, 'GET', '/api/me', { as: { token } })
    expect(await lastUsed()).toBe(first)
    clock.advance(60_000)
    await call(app, 'GET', '/api/me', { as: { token } })
    expect(await lastUsed()).toBe(clock.now.toISOString())
  })
})
