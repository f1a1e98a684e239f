import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { signUpOperator } from './operator-helpers.js'
import { connect } from './relationship-helpers.js'

const PASSWORD = 'correct horse battery'

describeEachDatabase('moderation: reports, suspension, restore and the audit log', (envOf) => {
  it('takes reports from members only, never about oneself or nobody', async () => {
    const env = envOf()
    const { app } = env
    const reporter = await signUp(app)
    const target = await signUp(app)
    const body = { reason: 'spam', note: 'Sends the same pitch to everyone' }
    const url = `/api/members/${target.id}/report`
    expect((await call(app, 'POST', url, { body })).statusCode).toBe(401)
    expect((await call(app, 'POST', url, { as: reporter, body })).statusCode).toBe(201)
    expect(
      (await call(app, 'POST', `/api/members/${reporter.id}/report`, { as: reporter, body }))
        .statusCode,
    ).toBe(422)
    expect(
      (await call(app, 'POST', '/api/members/nobody/report', { as: reporter, body })).statusCode,
    ).toBe(404)
    const bad = await call(app, 'POST', url, { as: reporter, body: { reason: 'rude' } })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('reason')
  })

  it('keeps the queue, suspensions and the audit log to the operator', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env)
    const member = await signUp(app)
    const connection = await signUp(app)
    await connect(env, operator, connection)
    const target = await signUp(app)
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', '/api/operator/reports'],
      ['GET', '/api/operator/suspensions'],
      ['POST', `/api/operator/members/${target.id}/suspend`, {}],
      ['POST', `/api/operator/members/${target.id}/restore`],
      ['POST', '/api/operator/reports/some-report/dismiss'],
    ]
    for (const [method, url, body] of routes) {
      const options = body === undefined ? {} : { body }
      expect((await call(app, method, url, options)).statusCode, `${method} ${url}`).toBe(401)
      for (const who of [member, connection, target]) {
        const status = (await call(app, method, url, { ...options, as: who })).statusCode
        expect(status, `${method} ${url}`).toBe(403)
      }
    }
  })

  it('suspends a reported member: sessions and tokens end, sign-in is refused, they vanish from search, profiles and paths; restore brings them back', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env, 'Olga Operator')
    const reporter = await signUp(app, { name: 'Rita Reporter' })
    const spammer = await signUp(app, { name: 'Sam Spamwell' })
    const friend = await signUp(app, { name: 'Fay Friend' })
    await connect(env, reporter, spammer)
    await connect(env, spammer, friend)
    await call(app, 'PATCH', '/api/me', { as: spammer, body: { visibility: 'connections' } })
    const { token } = (
      await call(app, 'POST', '/api/tokens', { as: spammer, body: { name: 'bot' } })
    ).json()
    expect(
      (await call(app, 'GET', `/api/paths?to=${friend.id}`, { as: reporter })).json().paths,
    ).toHaveLength(1)

    await call(app, 'POST', `/api/members/${spammer.id}/report`, {
      as: reporter,
      body: { reason: 'soliciting', note: 'Asked me for money' },
    })
    const queue = (await call(app, 'GET', '/api/operator/reports', { as: operator })).json()
    expect(queue.items).toContainEqual(
      expect.objectContaining({
        reason: 'soliciting',
        note: 'Asked me for money',
        targetId: spammer.id,
        reporter: expect.objectContaining({ name: 'Rita Reporter' }),
        targetSuspended: false,
      }),
    )

    const suspended = await call(app, 'POST', `/api/operator/members/${spammer.id}/suspend`, {
      as: operator,
      body: { reason: 'soliciting' },
    })
    expect(suspended.statusCode).toBe(200)
    expect(suspended.json().member.name).toBe('Sam Spamwell')
    expect(
      (
        await call(app, 'POST', `/api/operator/members/${spammer.id}/suspend`, {
          as: operator,
          body: {},
        })
      ).statusCode,
    ).toBe(409)

    expect((await call(app, 'GET', '/api/me', { as: spammer })).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/me', { as: { token } })).statusCode).toBe(401)
    const login = await call(app, 'POST', '/api/auth/login', {
      body: { email: spammer.email, password: PASSWORD },
    })
    expect(login.statusCode).toBe(403)
    expect(
      (await call(app, 'GET', `/api/members/${spammer.id}`, { as: reporter })).statusCode,
    ).toBe(404)
    const search = (await call(app, 'GET', '/api/members?q=Spamwell', { as: reporter })).json()
    expect(search.items).toHaveLength(0)
    expect(
      (await call(app, 'GET', `/api/paths?to=${spammer.id}`, { as: reporter })).statusCode,
    ).toBe(404)
    expect(
      (await call(app, 'GET', `/api/paths?to=${friend.id}`, { as: reporter })).json().paths,
    ).toHaveLength(0)
    const after = (await call(app, 'GET', '/api/operator/reports', { as: operator })).json()
    expect(after.items.map((r: { targetId: string }) => r.targetId)).not.toContain(spammer.id)
    const listed = (await call(app, 'GET', '/api/operator/suspensions', { as: operator })).json()
    expect(listed.items.map((s: { member: { id: string } }) => s.member.id)).toContain(spammer.id)

    const restored = await call(app, 'POST', `/api/operator/members/${spammer.id}/restore`, {
      as: operator,
    })
    expect(restored.statusCode).toBe(200)
    expect(
      (
        await call(app, 'POST', '/api/auth/login', {
          body: { email: spammer.email, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(200)
    expect(
      (await call(app, 'GET', `/api/members/${spammer.id}`, { as: reporter })).statusCode,
    ).toBe(200)
    expect(
      (await call(app, 'GET', `/api/paths?to=${friend.id}`, { as: reporter })).json().paths,
    ).toHaveLength(1)

    const log = (await call(app, 'GET', '/api/operator/audit', { as: operator })).json()
    expect(log.items.slice(0, 2)).toMatchObject([
      { action: 'member.restored', actorId: operator.id, targetId: spammer.id },
      {
        action: 'member.suspended',
        actor: { name: 'Olga Operator' },
        target: { name: 'Sam Spamwell' },
        detail: { reason: 'soliciting' },
      },
    ])
  })

  it('dismisses a report without suspending anyone, and refuses to suspend oneself', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env)
    const reporter = await signUp(app)
    const target = await signUp(app)
    const { report } = (
      await call(app, 'POST', `/api/members/${target.id}/report`, {
        as: reporter,
        body: { reason: 'fake_profile' },
      })
    ).json()
    const dismissed = await call(app, 'POST', `/api/operator/reports/${report.id}/dismiss`, {
      as: operator,
    })
    expect(dismissed.statusCode).toBe(204)
    expect(
      (await call(app, 'POST', `/api/operator/reports/${report.id}/dismiss`, { as: operator }))
        .statusCode,
    ).toBe(404)
    expect((await call(app, 'GET', '/api/me', { as: target })).statusCode).toBe(200)
    expect(
      (
        await call(app, 'POST', `/api/operator/members/${operator.id}/suspend`, {
          as: operator,
          body: {},
        })
      ).statusCode,
    ).toBe(422)
    expect(
      (
        await call(app, 'POST', '/api/operator/members/nobody/suspend', {
          as: operator,
          body: {},
        })
      ).statusCode,
    ).toBe(404)
    const log = (await call(app, 'GET', '/api/operator/audit', { as: operator })).json()
    expect(log.items[0]).toMatchObject({ action: 'report.dismissed', targetId: target.id })
  })
})
