import { Writable } from 'node:stream'
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { buildApp } from '../../src/api/app.js'
import { createLogger } from '../../src/logger.js'
import { hashSecret } from '../../src/services/common/index.js'
import { call, sessionCookieOf } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

/** A logger whose lines are kept in memory. */
function capturedLogger() {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'))
      done()
    },
  })
  return { log: createLogger('http', 'info', sink), text: () => lines.join('') }
}

const ARGON2_HASH = /\$argon2id\$/
const SHA256_HEX = /\b[0-9a-f]{64}\b/

describeEachDatabase('logs', (env) => {
  let app: FastifyInstance
  let logs: ReturnType<typeof capturedLogger>
  beforeEach(async () => {
    logs = capturedLogger()
    app = await buildApp({ ctx: env().ctx, webRoot: null, logger: logs.log })
    await app.ready()
  })
  afterEach(async () => {
    await app.close()
  })

  it('hold no e-mail, password, hash, token or cookie when a query carrying them fails', async () => {
    const { database } = env()
    const owner = { email: 'log-owner@example.org', password: 'the owner password 1' }
    const signedUp = await call(app, 'POST', '/api/auth/signup', {
      body: { ...owner, name: 'Log Owner' },
    })
    const cookie = sessionCookieOf(signedUp)
    const { token } = (
      await call(app, 'POST', '/api/tokens', { as: { cookie }, body: { name: 'script' } })
    ).json()

    // A real failure inside the database: a sign-up whose insert (e-mail, name, hash) is refused.
    await database.db.execute(
      sql.raw(
        `create function refuse_row() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
      ),
    )
    await database.db.execute(
      sql.raw(
        'create trigger refuse_members before insert on members for each row execute function refuse_row()',
      ),
    )
    const stranger = { email: 'log-stranger@example.org', password: 'the stranger password' }
    const failedSignup = await call(app, 'POST', '/api/auth/signup', {
      body: { ...stranger, name: 'Log Stranger' },
    })
    expect(failedSignup.statusCode).toBe(500)

    // And a lookup by token hash that fails, on a request carrying a bearer token and a cookie.
    await database.db.execute(
      sql.raw('alter table access_tokens rename column last_used_at to last_used_gone'),
    )
    const failedLookup = await call(app, 'GET', '/api/me', {
      as: { token },
      headers: { cookie },
    })
    expect(failedLookup.statusCode).toBe(500)

    const text = logs.text()
    for (const secret of [
      owner.email,
      owner.password,
      stranger.email,
      stranger.password,
      'Log Stranger',
      token,
      hashSecret(token),
      cookie.split('=')[1] ?? cookie,
    ]) {
      expect(text).not.toContain(secret)
    }
    expect(text).not.toMatch(ARGON2_HASH)
    expect(text).not.toMatch(SHA256_HEX)
    // The failures are logged, with what an operator needs to find them.
    expect(text).toContain('refused by the test')
    expect(text).toContain('"code":"P0001"')
    expect(text).toContain('"code":"42703"')
  })

  it('censor credentials in headers and bodies, and leave query strings out of request lines', async () => {
    logs.log.info(
      {
        headers: { authorization: 'Bearer rpt_header_secret', cookie: 'rapport_session=abc123' },
        res: { headers: { 'set-cookie': 'rapport_session=def456' } },
        body: { password: 'a body password' },
        member: { email: 'nested@example.org', name: 'Nested' },
      },
      'something happened',
    )
    await call(app, 'GET', '/api/members?q=Someone%20Searched')
    const text = logs.text()
    for (const secret of [
      'rpt_header_secret',
      'abc123',
      'def456',
      'a body password',
      'nested@example.org',
      'Someone',
    ]) {
      expect(text).not.toContain(secret)
    }
    expect(text).toContain('something happened')
    expect(text).toContain('"url":"/api/members"')
  })
})
