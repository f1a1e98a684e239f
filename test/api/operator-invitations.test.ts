import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMailTransport, type MailTransport } from '../../src/mail/transport.js'
import { call, signUp } from '../setup/client.js'
import { eventually } from '../setup/eventually.js'
import { describeEachDatabase } from '../setup/harness.js'
import { parseMail, type SmtpSink, startSmtpSink } from '../setup/smtp-sink.js'
import { signUpOperator } from './operator-helpers.js'
import { connect } from './relationship-helpers.js'

const PASSWORD = 'correct horse battery'
const DAY_MS = 24 * 3600_000

let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink.close()
})

/** The sign-up code of the last invitation mailed to `to`, once it has reached the sink. */
function invitationCodeFor(to: string): Promise<string> {
  return eventually(async () => {
    const last = sink.received.filter((m) => m.to.includes(to)).at(-1)
    if (last === undefined) return undefined
    const text = (await parseMail(last)).text ?? ''
    return /\/signup#invite=([\w-]+)/.exec(text.replace(/=\r?\n/g, ''))?.[1]
  }, `an invitation to ${to}`)
}

describeEachDatabase('sign-up invitations by e-mail', (envOf) => {
  let transport: MailTransport | null = null
  beforeAll(() => {
    transport = createMailTransport(sink.url, 'Rapport <no-reply@rapport.test>')
    Object.assign(envOf().ctx, { mail: transport })
  })
  afterAll(() => transport?.close())

  it('lets the operator alone invite; members, connections and visitors are refused', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env)
    const member = await signUp(app)
    const connection = await signUp(app)
    await connect(env, operator, connection)
    const body = { email: 'someone-new@example.org' }
    expect((await call(app, 'POST', '/api/operator/invitations', { body })).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/operator/invitations')).statusCode).toBe(401)
    for (const who of [member, connection]) {
      expect(
        (await call(app, 'POST', '/api/operator/invitations', { as: who, body })).statusCode,
      ).toBe(403)
      expect((await call(app, 'GET', '/api/operator/invitations', { as: who })).statusCode).toBe(
        403,
      )
    }
    const bad = await call(app, 'POST', '/api/operator/invitations', {
      as: operator,
      body: { email: 'not an address' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('email')
    const taken = await call(app, 'POST', '/api/operator/invitations', {
      as: operator,
      body: { email: member.email },
    })
    expect(taken.statusCode).toBe(409)
  })

  it('invite-only sign-up works from the mailed single-use link, and only from it', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env, 'Olga Operator')
    await call(app, 'PATCH', '/api/operator/settings', {
      as: operator,
      body: { signupMode: 'invite' },
    })
    try {
      const email = `invitee-${env.variant}@example.org`
      const sent = await call(app, 'POST', '/api/operator/invitations', {
        as: operator,
        body: { email },
      })
      expect(sent.statusCode).toBe(201)
      expect(sent.json().invitation).toMatchObject({ email, status: 'pending' })
      const code = await invitationCodeFor(email)

      const signup = (fields: { email: string; invitation?: string }) =>
        call(app, 'POST', '/api/auth/signup', {
          body: { password: PASSWORD, name: 'Ines Invitee', ...fields },
        })
      const without = await signup({ email })
      expect(without.statusCode).toBe(403)
      expect(without.headers['content-type']).toContain('application/problem+json')
      expect(without.json().detail).toMatch(/invitation only/)
      // Without an invitation, an address with an account is refused exactly like one without.
      const existing = await signup({ email: operator.email })
      expect(existing.statusCode).toBe(403)
      expect(existing.json().detail).toBe(without.json().detail)
      expect((await signup({ email: 'other@example.org', invitation: code })).statusCode).toBe(403)
      expect((await signup({ email, invitation: 'made-up-code' })).statusCode).toBe(403)

      const joined = await signup({ email, invitation: code })
      expect(joined.statusCode).toBe(201)
      expect(joined.json().member).toMatchObject({ email, role: 'member' })
      const again = await signup({ email, invitation: code })
      expect(again.statusCode).toBe(403)
      expect(again.json().detail).toMatch(/already used/)

      const list = (await call(app, 'GET', '/api/operator/invitations', { as: operator })).json()
      expect(list.items.find((i: { email: string }) => i.email === email)).toMatchObject({
        status: 'used',
      })
      const log = (await call(app, 'GET', '/api/operator/audit', { as: operator })).json()
      expect(log.items[0]).toMatchObject({
        action: 'invitation.sent',
        actorId: operator.id,
        detail: { email },
      })
    } finally {
      await call(app, 'PATCH', '/api/operator/settings', {
        as: operator,
        body: { signupMode: 'open' },
      })
    }
  })

  it('lets a link expire after 14 days', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env)
    await call(app, 'PATCH', '/api/operator/settings', {
      as: operator,
      body: { signupMode: 'invite' },
    })
    try {
      const email = `late-${env.variant}@example.org`
      await call(app, 'POST', '/api/operator/invitations', { as: operator, body: { email } })
      const code = await invitationCodeFor(email)
      env.clock.advance(15 * DAY_MS)
      const late = await call(app, 'POST', '/api/auth/signup', {
        body: { email, password: PASSWORD, name: 'Late', invitation: code },
      })
      expect(late.statusCode).toBe(403)
      expect(late.json().detail).toMatch(/expired/)
      const list = (await call(app, 'GET', '/api/operator/invitations', { as: operator })).json()
      expect(list.items[0]).toMatchObject({ email, status: 'expired' })
    } finally {
      await call(app, 'PATCH', '/api/operator/settings', {
        as: operator,
        body: { signupMode: 'open' },
      })
    }
  })
})
