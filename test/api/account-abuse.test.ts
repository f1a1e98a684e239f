import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { expect, it } from 'vitest'
import {
  RESETS_PER_ACCOUNT_PER_HOUR,
  RESETS_PER_ADDRESS_PER_HOUR,
} from '../../src/services/accounts/password-reset.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { type Caller, call, sessionCookieOf, signUp } from '../setup/client.js'
import { describeEachDatabase, ORIGIN } from '../setup/harness.js'

/** A POST from a given client address, as a visitor's browser sends it. */
async function postFrom(
  app: FastifyInstance,
  remoteAddress: string,
  url: string,
  body: object,
): Promise<LightMyRequestResponse> {
  return await app.inject({
    method: 'POST',
    url,
    remoteAddress,
    headers: { origin: ORIGIN },
    payload: body,
  })
}

const problemOf = (response: LightMyRequestResponse) => {
  const { type, title, status, detail } = response.json()
  return { type, title, status, detail }
}

async function mailsTo(app: FastifyInstance, operator: Caller, email: string) {
  const outbox = await call(app, 'GET', '/dev/mail.json', { as: operator })
  return (outbox.json().items as { to: string; subject: string; text: string }[]).filter(
    (m) => m.to === email,
  )
}

describeEachDatabase('sign-up with an e-mail that has an account', (env) => {
  it('answers as for a new sign-up, mails the owner instead, and changes nothing', async () => {
    const { app, ctx } = env()
    const operator = await signUp(app, { name: 'Operator' })
    await grantOperator(ctx, operator.email)
    const owner = await signUp(app, { name: 'Owner', password: 'the owner password' })

    const fresh = await call(app, 'POST', '/api/auth/signup', {
      body: { email: 'newcomer@example.org', password: 'a newcomer password', name: 'Newcomer' },
    })
    const taken = await call(app, 'POST', '/api/auth/signup', {
      body: { email: owner.email, password: 'an impostor password', name: 'Impostor' },
    })

    expect(taken.statusCode).toBe(fresh.statusCode)
    expect(taken.headers['content-type']).toBe(fresh.headers['content-type'])
    const alike = (member: Record<string, unknown>) => {
      const { id, email, name, createdAt, ...profile } = member
      return { id: typeof id, email: typeof email, name: typeof name, createdAt, profile }
    }
    expect(alike(taken.json().member)).toEqual(alike(fresh.json().member))
    expect(taken.json().member).toMatchObject({ email: owner.email, name: 'Impostor' })
    const cookieOf = (r: LightMyRequestResponse) => {
      const { value: _value, ...attributes } =
        r.cookies.find((c) => c.name === 'rapport_session') ?? {}
      return attributes
    }
    expect(cookieOf(taken)).toEqual(cookieOf(fresh))

    // The stranger's cookie opens nothing, and the owner's account is as it was.
    const strangerCookie = sessionCookieOf(taken)
    expect((await call(app, 'GET', '/api/me', { as: { cookie: strangerCookie } })).statusCode).toBe(
      401,
    )
    const ownerLogin = await call(app, 'POST', '/api/auth/login', {
      body: { email: owner.email, password: 'the owner password' },
    })
    expect(ownerLogin.statusCode).toBe(200)
    expect(ownerLogin.json().member.name).toBe('Owner')
    const impostorLogin = await call(app, 'POST', '/api/auth/login', {
      body: { email: owner.email, password: 'an impostor password' },
    })
    expect(impostorLogin.statusCode).toBe(401)
    const search = await call(app, 'GET', '/api/members?q=Impostor', { as: owner })
    expect(search.json().items).toEqual([])

    const notices = await mailsTo(app, operator, owner.email)
    expect(notices).toHaveLength(1)
    expect(notices[0]?.text).toContain('/reset-password')
  })
})

describeEachDatabase('the login lockout', (env) => {
  it('locks one client address out of one e-mail, not the owner at theirs, and alike for an e-mail without an account', async () => {
    const { app, ctx, clock } = env()
    const owner = await signUp(app, { password: 'the owner password' })
    const stranger = '203.0.113.66'
    const attempt = (from: string, email: string, password: string) =>
      postFrom(app, from, '/api/auth/login', { email, password })

    const guesses = async (email: string) => {
      const statuses: number[] = []
      for (let i = 0; i < ctx.config.loginFailures; i++) {
        statuses.push((await attempt(stranger, email, `wrong guess ${i}`)).statusCode)
      }
      return statuses
    }
    const knownGuesses = await guesses(owner.email)
    const lockedKnown = await attempt(stranger, owner.email, 'the owner password')
    const unknownGuesses = await guesses('nobody-here@example.org')
    const lockedUnknown = await attempt(stranger, 'nobody-here@example.org', 'anything at all')

    expect(knownGuesses.every((s) => s === 401)).toBe(true)
    expect(unknownGuesses).toEqual(knownGuesses)
    expect(lockedKnown.statusCode).toBe(429)
    expect(Number(lockedKnown.headers['retry-after'])).toBeGreaterThan(0)
    expect(problemOf(lockedUnknown)).toEqual(problemOf(lockedKnown))
    expect(lockedUnknown.headers['retry-after']).toBe(lockedKnown.headers['retry-after'])

    // The owner, from their own address, is not locked out, and signing in frees no one else.
    const ownerIn = await attempt('198.51.100.7', owner.email, 'the owner password')
    expect(ownerIn.statusCode).toBe(200)
    expect((await attempt(stranger, owner.email, 'the owner password')).statusCode).toBe(429)

    clock.advance(15 * 60_000 + 1000)
    expect((await attempt(stranger, owner.email, 'one more guess')).statusCode).toBe(401)
  })
})

describeEachDatabase('password reset requests', (env) => {
  it('are limited per client address, with Retry-After, whatever e-mails they name', async () => {
    const { app, clock } = env()
    const from = '203.0.113.10'
    for (let i = 0; i < RESETS_PER_ADDRESS_PER_HOUR; i++) {
      const r = await postFrom(app, from, '/api/auth/password-reset', {
        email: `someone-${i}@example.org`,
      })
      expect(r.statusCode).toBe(202)
    }
    const refused = await postFrom(app, from, '/api/auth/password-reset', {
      email: 'one-more@example.org',
    })
    expect(refused.statusCode).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000)
    const elsewhere = await postFrom(app, '203.0.113.11', '/api/auth/password-reset', {
      email: 'one-more@example.org',
    })
    expect(elsewhere.statusCode).toBe(202)
    clock.advance(3600_000)
    const later = await postFrom(app, from, '/api/auth/password-reset', {
      email: 'one-more@example.org',
    })
    expect(later.statusCode).toBe(202)
  })

  it('are limited per e-mail from any address, alike for an e-mail without an account, and refused ones mail nothing', async () => {
    const { app, ctx } = env()
    const operator = await signUp(app, { name: 'Operator' })
    await grantOperator(ctx, operator.email)
    const owner = await signUp(app)
    const requests = async (email: string) => {
      const answers: LightMyRequestResponse[] = []
      for (let i = 0; i <= RESETS_PER_ACCOUNT_PER_HOUR; i++) {
        answers.push(
          await postFrom(app, `198.51.100.${i + 20}`, '/api/auth/password-reset', { email }),
        )
      }
      return answers
    }
    const known = await requests(owner.email)
    const unknown = await requests('no-account@example.org')

    const statuses = known.map((r) => r.statusCode)
    expect(statuses).toEqual([...Array(RESETS_PER_ACCOUNT_PER_HOUR).fill(202), 429])
    expect(unknown.map((r) => r.statusCode)).toEqual(statuses)
    expect(unknown.map((r) => r.body)).toEqual(known.map((r) => r.body))
    expect(await mailsTo(app, operator, owner.email)).toHaveLength(RESETS_PER_ACCOUNT_PER_HOUR)
  })
})

describeEachDatabase(
  'client addresses behind a trusted proxy',
  (env) => {
    const loginVia = (app: FastifyInstance, from: string, forwardedFor: string, body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: from,
        headers: { origin: ORIGIN, 'x-forwarded-for': forwardedFor },
        payload: body,
      })

    it('are the forwarded ones from the proxy, and a client cannot forge its own', async () => {
      const { app, ctx } = env()
      const owner = await signUp(app, { password: 'the owner password' })
      const wrong = { email: owner.email, password: 'a wrong guess' }
      for (let i = 0; i < ctx.config.loginFailures; i++) {
        expect((await loginVia(app, '127.0.0.1', '203.0.113.66', wrong)).statusCode).toBe(401)
      }
      expect((await loginVia(app, '127.0.0.1', '203.0.113.66', wrong)).statusCode).toBe(429)
      const right = { email: owner.email, password: 'the owner password' }
      expect((await loginVia(app, '127.0.0.1', '198.51.100.7', right)).statusCode).toBe(200)

      // A client that talks to the server directly is its own address, whatever it forwards.
      for (let i = 0; i < ctx.config.loginFailures; i++) {
        await loginVia(app, '203.0.113.99', `192.0.2.${i}`, wrong)
      }
      expect((await loginVia(app, '203.0.113.99', '192.0.2.200', wrong)).statusCode).toBe(429)
    })
  },
  { trustProxy: '127.0.0.1' },
)
