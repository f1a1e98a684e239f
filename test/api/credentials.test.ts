import type { FastifyInstance } from 'fastify'
import { expect, it } from 'vitest'
import { grantOperator } from '../../src/services/operator/index.js'
import { type Caller, call, signInAgain, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

const HOUR_MS = 3600_000

/** Asks for a password reset and reads the new code from the outbox, as the operator may. */
async function mailedResetCode(
  app: FastifyInstance,
  operator: Caller,
  email: string,
): Promise<string> {
  const codes = async () => {
    const outbox = await call(app, 'GET', '/dev/mail.json', { as: operator })
    return (outbox.json().items as { to: string; text: string }[])
      .filter((m) => m.to === email)
      .flatMap((m) => /code: (\S+)/.exec(m.text)?.[1] ?? [])
  }
  const before = new Set(await codes())
  const asked = await call(app, 'POST', '/api/auth/password-reset', { body: { email } })
  expect(asked.statusCode).toBe(202)
  const code = (await codes()).find((c) => !before.has(c))
  if (code === undefined) throw new Error(`no new reset code mailed to ${email}`)
  return code
}

async function createToken(app: FastifyInstance, as: Caller, body: Record<string, unknown>) {
  return await call(app, 'POST', '/api/tokens', { as, body: { name: 'script', ...body } })
}

const meStatus = async (app: FastifyInstance, as: Caller) =>
  (await call(app, 'GET', '/api/me', { as })).statusCode

describeEachDatabase('credentials of an account', (env) => {
  let operator: Caller | null = null
  async function theOperator(): Promise<Caller> {
    const { app, ctx } = env()
    if (operator === null) {
      const member = await signUp(app, { name: 'Operator' })
      await grantOperator(ctx, member.email)
      operator = member
    }
    return operator
  }

  it('a password reset ends every session, every access token and every other reset code', async () => {
    const { app } = env()
    const admin = await theOperator()
    const member = await signUp(app)
    const otherSession = await signInAgain(app, member)
    const { token } = (await createToken(app, member, {})).json()
    const firstCode = await mailedResetCode(app, admin, member.email)
    const secondCode = await mailedResetCode(app, admin, member.email)

    const reset = await call(app, 'POST', '/api/auth/password-reset/confirm', {
      body: { token: secondCode, password: 'a brand new password' },
    })
    expect(reset.statusCode).toBe(204)

    expect(await meStatus(app, member)).toBe(401)
    expect(await meStatus(app, otherSession)).toBe(401)
    expect(await meStatus(app, { token })).toBe(401)
    const stale = await call(app, 'POST', '/api/auth/password-reset/confirm', {
      body: { token: firstCode, password: 'a stolen new password' },
    })
    expect(stale.statusCode).toBe(400)
    const back = await signInAgain(app, member, 'a brand new password')
    expect((await call(app, 'GET', '/api/tokens', { as: back })).json().items).toEqual([])
  })

  it('mails the reset code in the link fragment, which browsers send to no server', async () => {
    const { app } = env()
    const admin = await theOperator()
    const member = await signUp(app)
    const code = await mailedResetCode(app, admin, member.email)
    const outbox = await call(app, 'GET', '/dev/mail.json', { as: admin })
    const mail = outbox.json().items.find((m: { text: string }) => m.text.includes(code))
    expect(mail.text).toContain(`/reset-password#token=${code}`)
    expect(mail.text).not.toContain('?token=')
  })

  it('signing out everywhere ends every session, token and reset code, the one in use included', async () => {
    const { app } = env()
    const admin = await theOperator()
    const member = await signUp(app)
    const otherSession = await signInAgain(app, member)
    const { token } = (await createToken(app, member, {})).json()
    const code = await mailedResetCode(app, admin, member.email)

    const out = await call(app, 'POST', '/api/auth/sign-out-everywhere', { as: member })
    expect(out.statusCode).toBe(204)
    expect(out.cookies.find((c) => c.name === 'rapport_session')?.value).toBe('')

    expect(await meStatus(app, member)).toBe(401)
    expect(await meStatus(app, otherSession)).toBe(401)
    expect(await meStatus(app, { token })).toBe(401)
    const late = await call(app, 'POST', '/api/auth/password-reset/confirm', {
      body: { token: code, password: 'a password after all' },
    })
    expect(late.statusCode).toBe(400)
    // The password itself still works: signing out is not a reset.
    expect(await meStatus(app, await signInAgain(app, member))).toBe(200)
  })

  it('signing out everywhere works with a token, ends it, and needs a signed-in caller', async () => {
    const { app } = env()
    const member = await signUp(app)
    const { token } = (await createToken(app, member, {})).json()
    expect(
      (await call(app, 'POST', '/api/auth/sign-out-everywhere', { as: { token } })).statusCode,
    ).toBe(204)
    expect(await meStatus(app, { token })).toBe(401)
    expect(await meStatus(app, member)).toBe(401)
    expect((await call(app, 'POST', '/api/auth/sign-out-everywhere')).statusCode).toBe(401)
  })

  it('a token with an expiry shows it, works until then, and is refused with 401 after', async () => {
    const { app, clock } = env()
    const member = await signUp(app)
    const expiresAt = new Date(clock.now.getTime() + 2 * HOUR_MS).toISOString()
    const created = await createToken(app, member, { expiresAt })
    expect(created.statusCode).toBe(201)
    expect(created.json().expiresAt).toBe(expiresAt)
    const { token } = created.json()
    const listed = (await call(app, 'GET', '/api/tokens', { as: member })).json().items
    expect(listed).toEqual([expect.objectContaining({ name: 'script', expiresAt })])

    clock.advance(2 * HOUR_MS - 1000)
    expect(await meStatus(app, { token })).toBe(200)
    clock.advance(1000)
    expect(await meStatus(app, { token })).toBe(401)
  })

  it('refuses an expiry that is already past with 422 naming it', async () => {
    const { app, clock } = env()
    const member = await signUp(app)
    const past = await createToken(app, member, { expiresAt: clock.now.toISOString() })
    expect(past.statusCode).toBe(422)
    expect(past.json().errors).toEqual([{ path: 'expiresAt', message: expect.any(String) }])
    expect((await call(app, 'GET', '/api/tokens', { as: member })).json().items).toEqual([])
  })

  it('a request signed in with an expiring token cannot create a token that outlives it (422)', async () => {
    const { app, clock } = env()
    const member = await signUp(app)
    const at = (hours: number) => new Date(clock.now.getTime() + hours * HOUR_MS).toISOString()
    const parent = (await createToken(app, member, { expiresAt: at(24) })).json().token
    const lasting = await createToken(app, { token: parent }, {})
    expect(lasting.statusCode).toBe(422)
    expect(lasting.json().errors).toEqual([{ path: 'expiresAt', message: expect.any(String) }])
    expect((await createToken(app, { token: parent }, { expiresAt: at(48) })).statusCode).toBe(422)
    const shorter = await createToken(app, { token: parent }, { expiresAt: at(12) })
    expect(shorter.statusCode).toBe(201)
    expect(shorter.json().expiresAt).toBe(at(12))
    // A token without an expiry may make one without an expiry.
    const forever = (await createToken(app, member, {})).json().token
    expect((await createToken(app, { token: forever }, {})).statusCode).toBe(201)
  })
})
