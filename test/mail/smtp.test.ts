import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMailTransport } from '../../src/mail/transport.js'
import { requestPasswordReset } from '../../src/services/accounts/password-reset.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { type SmtpSink, startSmtpSink } from '../setup/smtp-sink.js'

let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink.close()
})

describeEachDatabase('mail over SMTP', (env) => {
  it('delivers the password reset to a real SMTP server and marks it sent', async () => {
    const { app, ctx } = env()
    const { port } = sink
    const mail = createMailTransport(`smtp://127.0.0.1:${port}`, 'Rapport <no-reply@rapport.test>')
    const smtpCtx = { ...ctx, mail, config: { ...ctx.config, smtpUrl: `smtp://127.0.0.1:${port}` } }
    const member = await signUp(app)
    const { delivered } = await requestPasswordReset(smtpCtx, member.email, '127.0.0.1')
    await delivered
    mail?.close()
    const message = sink.received.find((m) => m.to.includes(member.email))
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
