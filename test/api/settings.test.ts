import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMailTransport, type MailTransport } from '../../src/mail/transport.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { type Caller, call, signInAgain, signUp } from '../setup/client.js'
import { eventually } from '../setup/eventually.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { parseMail, type SmtpSink, startSmtpSink } from '../setup/smtp-sink.js'
import { connect } from './relationship-helpers.js'

const PASSWORD = 'correct horse battery'
const HOUR_MS = 3600_000

let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink.close()
})

const meStatus = async (env: TestEnv, as: Caller) =>
  (await call(env.app, 'GET', '/api/me', { as })).statusCode

/** The text of every mail the sink received for `to`, oldest first, soft line breaks joined. */
async function mailsTo(to: string): Promise<{ subject: string; text: string }[]> {
  const mails = sink.received.filter((m) => m.to.includes(to))
  return await Promise.all(
    mails.map(async (m) => {
      const parsed = await parseMail(m)
      return { subject: parsed.subject ?? '', text: parsed.text ?? '' }
    }),
  )
}

/** Waits until the mail sent after an answer has reached the sink (delivery is after the answer). */
function nextMailTo(to: string, before: number) {
  return eventually(async () => {
    const mails = await mailsTo(to)
    return mails.length > before ? mails[mails.length - 1] : undefined
  }, `a mail to ${to}`)
}

const codeIn = (text: string) => /code: (\d{8})/.exec(text)?.[1]

describeEachDatabase('members’ settings', (envOf) => {
  let transport: MailTransport | null = null
  beforeAll(() => {
    const env = envOf()
    transport = createMailTransport(sink.url, 'Rapport <no-reply@rapport.test>')
    // The services mail through the context; this suite delivers to the real SMTP sink.
    Object.assign(env.ctx, { mail: transport })
  })
  afterAll(() => transport?.close())

  it('refuses every settings route to a visitor who is signed out', async () => {
    const { app } = envOf()
    const requests: [Parameters<typeof call>[1], string, object?][] = [
      ['POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: 'a new password!' }],
      ['POST', '/api/me/email', { newEmail: 'x@example.org', currentPassword: PASSWORD }],
      ['GET', '/api/me/email'],
      ['POST', '/api/me/email/confirm', { code: '12345678' }],
      ['GET', '/api/me/notifications'],
      ['PATCH', '/api/me/notifications', { digest: true }],
    ]
    for (const [method, url, body] of requests) {
      const response = await call(app, method, url, body === undefined ? {} : { body })
      expect(response.statusCode, `${method} ${url}`).toBe(401)
    }
  })

  it('changes the password: the current one is required, the old one stops working, other sessions and tokens end', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const otherSession = await signInAgain(env.app, member)
    const { token } = (
      await call(env.app, 'POST', '/api/tokens', { as: member, body: { name: 'script' } })
    ).json()

    const wrong = await call(env.app, 'POST', '/api/me/password', {
      as: member,
      body: { currentPassword: 'not my password', newPassword: 'a brand new password' },
    })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json().errors[0].path).toBe('currentPassword')
    expect(await meStatus(env, otherSession)).toBe(200)

    const tooShort = await call(env.app, 'POST', '/api/me/password', {
      as: member,
      body: { currentPassword: PASSWORD, newPassword: 'short' },
    })
    expect(tooShort.statusCode).toBe(400)

    const changed = await call(env.app, 'POST', '/api/me/password', {
      as: member,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
    })
    expect(changed.statusCode).toBe(204)
    expect(await meStatus(env, member)).toBe(200)
    expect(await meStatus(env, otherSession)).toBe(401)
    expect(await meStatus(env, { token })).toBe(401)

    const oldLogin = await call(env.app, 'POST', '/api/auth/login', {
      body: { email: member.email, password: PASSWORD },
    })
    expect(oldLogin.statusCode).toBe(401)
    await signInAgain(env.app, member, 'a brand new password')
  })

  it('keeps the access token that changes the password, and ends the browser sessions', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const { token } = (
      await call(env.app, 'POST', '/api/tokens', { as: member, body: { name: 'script' } })
    ).json()
    const changed = await call(env.app, 'POST', '/api/me/password', {
      as: { token },
      body: { currentPassword: PASSWORD, newPassword: 'changed by a script' },
    })
    expect(changed.statusCode).toBe(204)
    expect(await meStatus(env, { token })).toBe(200)
    expect(await meStatus(env, member)).toBe(401)
  })

  it('limits how often a signed-in member may try their current password', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const response = await call(env.app, 'POST', '/api/me/password', {
        as: member,
        body: { currentPassword: `guess number ${i}`, newPassword: 'a brand new password' },
      })
      statuses.push(response.statusCode)
    }
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true)
    expect(statuses[10]).toBe(429)
    env.clock.advance(HOUR_MS + 1)
    const later = await call(env.app, 'POST', '/api/me/password', {
      as: member,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
    })
    expect(later.statusCode).toBe(204)
  })

  it('changes the e-mail only once the code mailed to the new address is confirmed', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const newEmail = `moved-${Date.now()}@example.org`
    const oldMails = (await mailsTo(member.email)).length

    const asked = await call(env.app, 'POST', '/api/me/email', {
      as: member,
      body: { newEmail: newEmail.toUpperCase(), currentPassword: PASSWORD },
    })
    expect(asked.statusCode).toBe(202)
    const mail = await nextMailTo(newEmail, 0)
    const code = codeIn(mail?.text ?? '')
    expect(code).toBeDefined()
    const notice = await nextMailTo(member.email, oldMails)
    expect(notice?.text).toContain(newEmail)
    expect(codeIn(notice?.text ?? '')).toBeUndefined()

    const pending = await call(env.app, 'GET', '/api/me/email', { as: member })
    expect(pending.json().pending.newEmail).toBe(newEmail)
    expect((await call(env.app, 'GET', '/api/me', { as: member })).json().email).toBe(member.email)

    const wrongCode = code === '00000000' ? '11111111' : '00000000'
    const wrong = await call(env.app, 'POST', '/api/me/email/confirm', {
      as: member,
      body: { code: wrongCode },
    })
    expect(wrong.statusCode).toBe(400)

    const confirmed = await call(env.app, 'POST', '/api/me/email/confirm', {
      as: member,
      body: { code },
    })
    expect(confirmed.statusCode).toBe(200)
    expect(confirmed.json().member.email).toBe(newEmail)
    // The profile read before the change is not answered again.
    expect((await call(env.app, 'GET', '/api/me', { as: member })).json().email).toBe(newEmail)
    expect((await call(env.app, 'GET', '/api/me/email', { as: member })).json().pending).toBeNull()

    const oldLogin = await call(env.app, 'POST', '/api/auth/login', {
      body: { email: member.email, password: PASSWORD },
    })
    expect(oldLogin.statusCode).toBe(401)
    await signInAgain(env.app, { ...member, email: newEmail })

    const again = await call(env.app, 'POST', '/api/me/email/confirm', {
      as: member,
      body: { code },
    })
    expect(again.statusCode).toBe(400)
  })

  it('answers the same for an address that has an account, mails its owner a notice and no code', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const owner = await signUp(env.app)
    const asked = await call(env.app, 'POST', '/api/me/email', {
      as: member,
      body: { newEmail: owner.email, currentPassword: PASSWORD },
    })
    expect(asked.statusCode).toBe(202)
    expect(asked.json()).toEqual({ ok: true })
    const notice = await nextMailTo(owner.email, 0)
    expect(notice?.subject).toContain('tried to move')
    expect(codeIn(notice?.text ?? '')).toBeUndefined()
    const pending = await call(env.app, 'GET', '/api/me/email', { as: member })
    expect(pending.json().pending.newEmail).toBe(owner.email)
    expect((await call(env.app, 'GET', '/api/me', { as: owner })).json().email).toBe(owner.email)
  })

  it('voids a pending change after five wrong codes, and expires it after an hour', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const newEmail = `guessed-${Date.now()}@example.org`
    await call(env.app, 'POST', '/api/me/email', {
      as: member,
      body: { newEmail, currentPassword: PASSWORD },
    })
    const code = codeIn((await nextMailTo(newEmail, 0))?.text ?? '')
    const wrongCode = code === '00000000' ? '11111111' : '00000000'
    for (let i = 0; i < 5; i++) {
      const wrong = await call(env.app, 'POST', '/api/me/email/confirm', {
        as: member,
        body: { code: wrongCode },
      })
      expect(wrong.statusCode).toBe(400)
    }
    const late = await call(env.app, 'POST', '/api/me/email/confirm', {
      as: member,
      body: { code },
    })
    expect(late.statusCode).toBe(400)

    const second = `expired-${Date.now()}@example.org`
    await call(env.app, 'POST', '/api/me/email', {
      as: member,
      body: { newEmail: second, currentPassword: PASSWORD },
    })
    const secondCode = codeIn((await nextMailTo(second, 0))?.text ?? '')
    env.clock.advance(HOUR_MS + 1)
    expect((await call(env.app, 'GET', '/api/me/email', { as: member })).json().pending).toBeNull()
    const expired = await call(env.app, 'POST', '/api/me/email/confirm', {
      as: member,
      body: { code: secondCode },
    })
    expect(expired.statusCode).toBe(400)
    expect((await call(env.app, 'GET', '/api/me', { as: member })).json().email).toBe(member.email)
  })

  it('refuses a wrong current password, the same address and a malformed one', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const cases: [object, number][] = [
      [{ newEmail: 'other@example.org', currentPassword: 'not it at all' }, 422],
      [{ newEmail: member.email, currentPassword: PASSWORD }, 422],
      [{ newEmail: 'not an address', currentPassword: PASSWORD }, 400],
      [{ newEmail: 'a@example.org', currentPassword: PASSWORD, extra: 1 }, 400],
    ]
    for (const [body, status] of cases) {
      const response = await call(env.app, 'POST', '/api/me/email', { as: member, body })
      expect(response.statusCode, JSON.stringify(body)).toBe(status)
    }
    const badCode = await call(env.app, 'POST', '/api/me/email/confirm', {
      as: member,
      body: { code: 'abc' },
    })
    expect(badCode.statusCode).toBe(400)
  })

  it('stores e-mail choices per member: defaults, partial changes, and nobody else’s are touched', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const connection = await signUp(env.app)
    const stranger = await signUp(env.app)
    await connect(env, member, connection)
    const operator = await signUp(env.app)
    await grantOperator(env.ctx, operator.email)

    const defaults = { invitations: true, messages: true, digest: false }
    expect((await call(env.app, 'GET', '/api/me/notifications', { as: member })).json()).toEqual(
      defaults,
    )
    const changed = await call(env.app, 'PATCH', '/api/me/notifications', {
      as: member,
      body: { messages: false, digest: true },
    })
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toEqual({ invitations: true, messages: false, digest: true })
    const again = await call(env.app, 'PATCH', '/api/me/notifications', {
      as: member,
      body: { invitations: false },
    })
    expect(again.json()).toEqual({ invitations: false, messages: false, digest: true })

    for (const other of [connection, stranger, operator]) {
      const theirs = await call(env.app, 'GET', '/api/me/notifications', { as: other })
      expect(theirs.json()).toEqual(defaults)
    }
    const unknown = await call(env.app, 'PATCH', '/api/me/notifications', {
      as: member,
      body: { newsletter: true },
    })
    expect(unknown.statusCode).toBe(400)
    const notBoolean = await call(env.app, 'PATCH', '/api/me/notifications', {
      as: member,
      body: { digest: 'yes' },
    })
    expect(notBoolean.statusCode).toBe(400)

    const exported = await call(env.app, 'GET', '/api/me/export', { as: member })
    expect(exported.json().notificationChoices).toEqual({
      invitations: false,
      messages: false,
      digest: true,
    })
  })

  it('gives the operator no way into another member’s password or e-mail', async () => {
    const env = envOf()
    const member = await signUp(env.app)
    const operator = await signUp(env.app)
    await grantOperator(env.ctx, operator.email)
    const changed = await call(env.app, 'POST', '/api/me/password', {
      as: operator,
      body: { currentPassword: PASSWORD, newPassword: 'the operator’s own new one' },
    })
    expect(changed.statusCode).toBe(204)
    await signInAgain(env.app, member)
    const login = await call(env.app, 'POST', '/api/auth/login', {
      body: { email: member.email, password: 'the operator’s own new one' },
    })
    expect(login.statusCode).toBe(401)
  })
})
