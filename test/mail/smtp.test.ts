import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMailTransport } from '../../src/mail/transport.js'
import { requestPasswordReset } from '../../src/services/accounts/password-reset.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

interface Received {
  from: string
  to: string[]
  raw: string
}

const received: Received[] = []
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = ''
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8')
    })
    stream.on('end', () => {
      received.push({
        from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        raw,
      })
      callback()
    })
  },
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describeEachDatabase('mail over SMTP', (env) => {
  it('delivers the password reset to a real SMTP server and marks it sent', async () => {
    const { app, ctx } = env()
    const { port } = server.server.address() as AddressInfo
    const mail = createMailTransport(`smtp://127.0.0.1:${port}`, 'Rapport <no-reply@rapport.test>')
    const smtpCtx = { ...ctx, mail, config: { ...ctx.config, smtpUrl: `smtp://127.0.0.1:${port}` } }
    const member = await signUp(app)
    await requestPasswordReset(smtpCtx, member.email)
    mail?.close()
    const message = received.find((m) => m.to.includes(member.email))
    expect(message?.from).toBe('no-reply@rapport.test')
    expect(message?.raw).toContain('Subject: Reset your Rapport password')
    const token = /code: (\S+)/.exec(message?.raw.replace(/=\r\n/g, '') ?? '')?.[1]
    expect(token).toBeDefined()
    const confirm = await call(app, 'POST', '/api/auth/password-reset/confirm', {
      body: { token, password: 'mailed and reset' },
    })
    expect(confirm.statusCode).toBe(204)
    const { unsentMail } = await import('../../src/db/queries/instance.js')
    expect(await unsentMail(ctx.db)).toEqual([])
  })
})
