import type { FastifyInstance } from 'fastify'
import { expect, it } from 'vitest'
import { type Caller, call, signInAgain, signUp } from '../setup/client.js'
import { describeEachDatabase, withTwoProcesses } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { signUpOperator } from './operator-helpers.js'

const PASSWORD = 'correct horse battery'

const meStatus = async (app: FastifyInstance, as: Caller) =>
  (await call(app, 'GET', '/api/me', { as })).statusCode

async function tokenOf(
  app: FastifyInstance,
  member: Caller,
): Promise<{ token: string; id: string }> {
  const created = await call(app, 'POST', '/api/tokens', { as: member, body: { name: 'script' } })
  expect(created.statusCode).toBe(201)
  return created.json()
}

// Each credential is used first, so it is answered from memory when it ends.
describeEachDatabase('credentials answered from memory', (env) => {
  it('refuses a revoked token at the very next request', async () => {
    const { app } = env()
    const member = await signUp(app)
    const { token, id } = await tokenOf(app, member)
    expect(await meStatus(app, { token })).toBe(200)
    expect((await call(app, 'DELETE', `/api/tokens/${id}`, { as: member })).statusCode).toBe(204)
    expect(await meStatus(app, { token })).toBe(401)
    expect(await meStatus(app, member)).toBe(200)
  })

  it('refuses a signed-out session at once, and keeps the member’s other session', async () => {
    const { app } = env()
    const member = await signUp(app)
    const other = await signInAgain(app, member)
    expect(await meStatus(app, member)).toBe(200)
    expect(await meStatus(app, other)).toBe(200)
    expect((await call(app, 'POST', '/api/auth/logout', { as: member })).statusCode).toBe(204)
    expect(await meStatus(app, member)).toBe(401)
    expect(await meStatus(app, other)).toBe(200)
  })

  it('a new password ends the other sessions and tokens at once, not the one that changed it', async () => {
    const { app } = env()
    const member = await signUp(app)
    const other = await signInAgain(app, member)
    const { token } = await tokenOf(app, member)
    for (const caller of [member, other, { token }]) expect(await meStatus(app, caller)).toBe(200)
    const changed = await call(app, 'POST', '/api/me/password', {
      as: member,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
    })
    expect(changed.statusCode).toBe(204)
    expect(await meStatus(app, other)).toBe(401)
    expect(await meStatus(app, { token })).toBe(401)
    expect(await meStatus(app, member)).toBe(200)
  })

  it('signing out everywhere ends every session and token at once', async () => {
    const { app } = env()
    const member = await signUp(app)
    const other = await signInAgain(app, member)
    const { token } = await tokenOf(app, member)
    for (const caller of [member, other, { token }]) expect(await meStatus(app, caller)).toBe(200)
    const ended = await call(app, 'POST', '/api/auth/sign-out-everywhere', { as: other })
    expect(ended.statusCode).toBe(204)
    for (const caller of [member, other, { token }]) expect(await meStatus(app, caller)).toBe(401)
  })

  it('refuses a suspended member’s session and token at once', async () => {
    const e = env()
    const operator = await signUpOperator(e)
    const member = await signUp(e.app)
    const { token } = await tokenOf(e.app, member)
    expect(await meStatus(e.app, member)).toBe(200)
    expect(await meStatus(e.app, { token })).toBe(200)
    const suspended = await call(e.app, 'POST', `/api/operator/members/${member.id}/suspend`, {
      as: operator,
      body: { reason: 'soliciting' },
    })
    expect(suspended.statusCode).toBe(200)
    expect(await meStatus(e.app, member)).toBe(401)
    expect(await meStatus(e.app, { token })).toBe(401)
  })

  it('refuses an erased member’s token at once', async () => {
    const { app } = env()
    const member = await signUp(app)
    const { token } = await tokenOf(app, member)
    expect(await meStatus(app, { token })).toBe(200)
    const erased = await call(app, 'DELETE', '/api/me', { as: member })
    expect(erased.statusCode).toBe(204)
    expect(await meStatus(app, { token })).toBe(401)
  })
})

if (selectedVariants().includes('postgres')) {
  it('a second app process refuses a token revoked and a session ended in the first', async () => {
    await withTwoProcesses(async (first, second) => {
      const member = await signUp(first.app)
      const other = await signInAgain(first.app, member)
      const { token, id } = await tokenOf(first.app, member)
      // The second process reads both credentials once and keeps them.
      expect(await meStatus(second.app, { token })).toBe(200)
      expect(await meStatus(second.app, other)).toBe(200)
      await call(first.app, 'DELETE', `/api/tokens/${id}`, { as: member })
      await expect
        .poll(async () => await meStatus(second.app, { token }), { timeout: 60_000, interval: 20 })
        .toBe(401)
      await call(first.app, 'POST', '/api/auth/logout', { as: other })
      await expect
        .poll(async () => await meStatus(second.app, other), { timeout: 60_000, interval: 20 })
        .toBe(401)
    })
  })
}
