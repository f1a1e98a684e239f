import type { FastifyInstance } from 'fastify'
import { expect, it } from 'vitest'
import { grantOperator, revokeOperator } from '../../src/services/operator/index.js'
import { type Caller, call, signUp } from '../setup/client.js'
import { describeEachDatabase, withTwoProcesses } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'

async function me(app: FastifyInstance, as: Caller) {
  const answer = await call(app, 'GET', '/api/me', { as })
  expect(answer.statusCode).toBe(200)
  return answer.json()
}

// Every test reads the profile first, so it is answered from memory when it changes.
describeEachDatabase('a member’s own profile answered from memory', (env) => {
  it('shows a change to any field at the very next read, not only what summaries show', async () => {
    const { app } = env()
    const member = await signUp(app)
    expect(await me(app, member)).toMatchObject({ location: '', asks: '' })
    const patch = {
      location: 'Ghent',
      asks: 'A printer for a small run of posters',
      careerStrategy: { companies: ['Inkwell Press'], roles: ['Typesetter'] },
      flags: { student: true },
    }
    expect((await call(app, 'PATCH', '/api/me', { as: member, body: patch })).statusCode).toBe(200)
    expect(await me(app, member)).toMatchObject({
      ...patch,
      flags: { student: true, inTransition: false, openNetworker: false },
    })
  })

  it('shows a role granted and revoked from the shell at the next read', async () => {
    const { app, ctx } = env()
    await signUp(app) // the first member of an instance is its operator
    const member = await signUp(app)
    expect((await me(app, member)).role).toBe('member')
    await grantOperator(ctx, member.email)
    expect((await me(app, member)).role).toBe('operator')
    await revokeOperator(ctx, member.email)
    expect((await me(app, member)).role).toBe('member')
  })

  it('answers each member their own profile, never another’s', async () => {
    const { app } = env()
    const [first, second] = [await signUp(app), await signUp(app)]
    for (let round = 0; round < 2; round++) {
      expect((await me(app, first)).id).toBe(first.id)
      expect((await me(app, second)).id).toBe(second.id)
    }
  })
})

if (selectedVariants().includes('postgres')) {
  it('a second app process shows a profile changed in the first', async () => {
    await withTwoProcesses(async (first, second) => {
      const member = await signUp(first.app)
      expect((await me(second.app, member)).location).toBe('')
      const changed = await call(first.app, 'PATCH', '/api/me', {
        as: member,
        body: { location: 'Porto' },
      })
      expect(changed.statusCode).toBe(200)
      await expect
        .poll(async () => (await me(second.app, member)).location, {
          timeout: 60_000,
          interval: 20,
        })
        .toBe('Porto')
    })
  }, 60_000)
}
