import { expect, it } from 'vitest'
import { DEMO_LOGIN_EMAIL, DEMO_PASSWORD } from '../../src/demo/community.js'
import { loadDemoCommunity } from '../../src/services/demo/index.js'
import { call, sessionCookieOf } from '../setup/client.js'
import { databaseFingerprint } from '../setup/fingerprint.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('reads', (env) => {
  it('write nothing: every GET route of the document, by cookie and by token, leaves every table as it was', async () => {
    const { app, ctx, clock } = env()
    await loadDemoCommunity(ctx, { members: 80, seed: 3 })
    await ctx.jobs.runDue()
    const login = await call(app, 'POST', '/api/auth/login', {
      body: { email: DEMO_LOGIN_EMAIL, password: DEMO_PASSWORD },
    })
    const cookie = sessionCookieOf(login)
    const { token } = (
      await call(app, 'POST', '/api/tokens', { as: { cookie }, body: { name: 'reader' } })
    ).json()
    // Days later the session slides and the token is used for the first time: both are only noted.
    clock.advance(3 * 86_400_000)
    const contacts = (await call(app, 'GET', '/api/contacts?limit=200', { as: { cookie } })).json()
      .items
    const memberContact = contacts.find((c: { memberId: string | null }) => c.memberId !== null)
    const ids: Record<string, string> = {
      '/api/members/{id}': memberContact.memberId,
      '/api/contacts/{id}': memberContact.id,
    }
    const queries: Record<string, string> = {
      '/api/paths': `to=${memberContact.memberId}`,
      '/api/members': 'q=a',
    }
    const document = (await call(app, 'GET', '/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>
    }
    const before = await databaseFingerprint(ctx.db)
    let called = 0
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!('get' in operations)) continue
      const params = path.match(/\{[^}]+\}/g) ?? []
      if (params.length > 0 && ids[path] === undefined) continue
      const url =
        path.replace(/\{[^}]+\}/, ids[path] ?? '') + (queries[path] ? `?${queries[path]}` : '')
      for (const as of [{ cookie }, { token }]) {
        const response = await call(app, 'GET', url, { as })
        expect(response.statusCode, `GET ${url}`).toBeLessThan(500)
      }
      called++
    }
    expect(called).toBeGreaterThan(15)
    expect(await databaseFingerprint(ctx.db)).toEqual(before)
  })
})
