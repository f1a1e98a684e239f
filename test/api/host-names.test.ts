import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('host names without a public URL', (env) => {
  it('answers localhost names on any port and refuses a foreign Host with 421', async () => {
    const { app } = env()
    for (const host of ['localhost:3000', '127.0.0.1:8080', '[::1]:3000', 'LOCALHOST']) {
      const ok = await call(app, 'GET', '/api/openapi.json', { headers: { host } })
      expect(ok.statusCode, host).toBe(200)
    }
    const rebound = await call(app, 'GET', '/dev/mail.json', {
      headers: { host: 'attacker.example:3000' },
    })
    expect(rebound.statusCode).toBe(421)
    expect(rebound.headers['content-type']).toContain('application/problem+json')
    const signup = await call(app, 'POST', '/api/auth/signup', {
      headers: { host: 'attacker.example', origin: 'http://attacker.example' },
      body: { email: 'rebound@example.org', password: 'correct horse battery', name: 'R' },
    })
    expect(signup.statusCode).toBe(421)
    const health = await call(app, 'GET', '/healthz', { headers: { host: '10.0.0.7' } })
    expect(health.statusCode).toBe(200)
  })
})

describeEachDatabase(
  'host names with a public URL',
  (env) => {
    it('answers only the public host name, localhost included', async () => {
      const { app } = env()
      const own = await call(app, 'GET', '/api/openapi.json', {
        headers: { host: 'rapport.example.org' },
      })
      expect(own.statusCode).toBe(200)
      const local = await call(app, 'GET', '/api/openapi.json', { headers: { host: 'localhost' } })
      expect(local.statusCode).toBe(421)
    })
  },
  { publicUrl: 'https://rapport.example.org' },
)

describeEachDatabase('the outbox', (env) => {
  it('is for the signed-in operator only, whatever the socket address', async () => {
    const { app } = env()
    const operator = await signUp(app, { name: 'Operator' })
    const member = await signUp(app, { name: 'Member' })
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: member.email } })
    // app.inject comes from 127.0.0.1: a loopback address earns nothing.
    const signedOut = await call(app, 'GET', '/dev/mail.json')
    expect(signedOut.statusCode).toBe(401)
    expect(
      (await call(app, 'GET', '/dev/mail', { headers: { accept: 'text/html' } })).statusCode,
    ).toBe(401)
    const asMember = await call(app, 'GET', '/dev/mail.json', { as: member })
    expect(asMember.statusCode).toBe(403)
    const asOperator = await call(app, 'GET', '/dev/mail.json', { as: operator })
    expect(asOperator.statusCode).toBe(200)
    expect(asOperator.json().items.some((m: { to: string }) => m.to === member.email)).toBe(true)
  })
})
