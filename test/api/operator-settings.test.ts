import { describe, expect, it } from 'vitest'
import { type Caller, call, signUp } from '../setup/client.js'
import { eventually } from '../setup/eventually.js'
import { closeTestEnv, createTestEnv, describeEachDatabase } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { signUpOperator } from './operator-helpers.js'
import { connect } from './relationship-helpers.js'

const invitation = (to: string) => ({
  to,
  note: 'We met at the meetup',
  howWeMet: { kind: 'met_in_person', place: 'Lyon', date: '2024-03' },
})

describeEachDatabase('instance settings at run time', (envOf) => {
  it('shows and changes settings for the operator only; members, connections and visitors are refused', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env, 'Olga Operator')
    const member = await signUp(app)
    const connection = await signUp(app)
    await connect(env, operator, connection)

    const shown = await call(app, 'GET', '/api/operator/settings', { as: operator })
    expect(shown.statusCode).toBe(200)
    expect(shown.json()).toMatchObject({ signupMode: 'open', invitesPerWeek: 100 })

    const patch = { body: { messageRequestsPerDay: 5 } }
    expect((await call(app, 'GET', '/api/operator/settings')).statusCode).toBe(401)
    expect((await call(app, 'PATCH', '/api/operator/settings', patch)).statusCode).toBe(401)
    for (const who of [member, connection] as Caller[]) {
      expect((await call(app, 'GET', '/api/operator/settings', { as: who })).statusCode).toBe(403)
      expect(
        (await call(app, 'PATCH', '/api/operator/settings', { as: who, ...patch })).statusCode,
      ).toBe(403)
    }
    const changed = await call(app, 'PATCH', '/api/operator/settings', { as: operator, ...patch })
    expect(changed.statusCode).toBe(200)
    expect(changed.json().messageRequestsPerDay).toBe(5)
  })

  it('refuses bad settings with the field that was wrong', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env)
    for (const body of [
      {},
      { signupMode: 'closed' },
      { invitesPerWeek: 0 },
      { invitesPerWeek: 2.5 },
      { invitesPerWeek: '10' },
      { unknownLimit: 3 },
    ]) {
      const response = await call(app, 'PATCH', '/api/operator/settings', { as: operator, body })
      expect(response.statusCode, JSON.stringify(body)).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
    }
  })

  it('applies a new limit at once and records who changed what in the audit log', async () => {
    const env = envOf()
    {
      const { app } = env
      const operator = await signUpOperator(env, 'Olga Operator')
      const sender = await signUp(app)
      const first = await signUp(app)
      const second = await signUp(app)
      await call(app, 'PATCH', '/api/operator/settings', {
        as: operator,
        body: { invitesPerWeek: 1 },
      })
      expect(
        (await call(app, 'POST', '/api/invitations', { as: sender, body: invitation(first.id) }))
          .statusCode,
      ).toBe(201)
      const refused = await call(app, 'POST', '/api/invitations', {
        as: sender,
        body: invitation(second.id),
      })
      expect(refused.statusCode).toBe(429)
      expect(refused.headers['retry-after']).toBeDefined()

      const log = (await call(app, 'GET', '/api/operator/audit', { as: operator })).json()
      expect(log.items[0]).toMatchObject({
        action: 'settings.changed',
        actorId: operator.id,
        actor: { name: 'Olga Operator' },
        detail: { invitesPerWeek: 1 },
      })
      expect((await call(app, 'GET', '/api/operator/audit', { as: sender })).statusCode).toBe(403)
      expect((await call(app, 'GET', '/api/operator/audit')).statusCode).toBe(401)
      await call(app, 'PATCH', '/api/operator/settings', {
        as: operator,
        body: { invitesPerWeek: 100 },
      })
    }
  })

  it('switches sign-up to invitation only without a restart', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env)
    await call(app, 'PATCH', '/api/operator/settings', {
      as: operator,
      body: { signupMode: 'invite' },
    })
    const refused = await call(app, 'POST', '/api/auth/signup', {
      body: { email: 'late@example.org', password: 'correct horse battery', name: 'Late' },
    })
    expect(refused.statusCode).toBe(403)
    await call(app, 'PATCH', '/api/operator/settings', {
      as: operator,
      body: { signupMode: 'open' },
    })
    await signUp(app)
  })
})

for (const variant of selectedVariants().filter((v) => v === 'postgres')) {
  describe(`instance settings across processes [${variant}]`, () => {
    it('reaches a second process of the same instance through the relay', async () => {
      const first = await createTestEnv(variant)
      const url = first.database.url
      if (url === undefined) throw new Error('a PostgreSQL test database has a URL')
      const second = await createTestEnv(variant, {}, url)
      try {
        const operator = await signUp(first.app)
        // The second process reads the settings once, and keeps them until told of a change.
        await signUp(second.app)
        await call(first.app, 'PATCH', '/api/operator/settings', {
          as: operator,
          body: { signupMode: 'invite' },
        })
        let attempt = 0
        const refused = await eventually(async () => {
          attempt += 1
          const { statusCode } = await call(second.app, 'POST', '/api/auth/signup', {
            body: {
              email: `n${attempt}@example.org`,
              password: 'correct horse battery',
              name: 'N',
            },
          })
          return statusCode === 403 ? statusCode : undefined
        }, 'the second process to close sign-up')
        expect(refused).toBe(403)
      } finally {
        await closeTestEnv(second)
        await closeTestEnv(first)
      }
    })
  })
}
