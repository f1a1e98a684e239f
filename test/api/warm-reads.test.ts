import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StatementCounter } from '../../src/db/statement-counter.js'
import { call, signUp } from '../setup/client.js'
import { closeTestEnv, createTestEnv, type TestEnv } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { connect, patchMe } from './relationship-helpers.js'

// What the profile cache, the connection lists, the member directory and the graph hold: once a
// route has answered, answering it again runs no statement at all.
for (const variant of selectedVariants()) {
  describe(`warm reads [${variant}]`, () => {
    const statements = new StatementCounter()
    let env: TestEnv | null = null
    beforeAll(async () => {
      env = await createTestEnv(variant, {}, undefined, { statements })
    }, 120_000)
    afterAll(async () => {
      await closeTestEnv(env)
    })

    it('answer the own profile, the connection list, search and a warm path without the database', async () => {
      if (env === null) throw new Error('no test environment')
      const e = env
      const [me, friend, target] = [
        await signUp(e.app),
        await signUp(e.app, { name: 'Wilhelmina Brask' }),
        await signUp(e.app, { name: 'Target Person' }),
      ]
      await patchMe(e, friend, { visibility: 'connections' })
      await connect(e, me, friend)
      await connect(e, friend, target)
      const routes = [
        '/api/me',
        '/api/connections?limit=50',
        '/api/members?q=brask',
        `/api/paths?to=${target.id}`,
      ]
      const answers = new Map<string, string>()
      for (const url of routes) {
        const first = await call(e.app, 'GET', url, { as: me })
        expect(first.statusCode, url).toBe(200)
        answers.set(url, first.body)
      }
      expect(JSON.parse(answers.get(`/api/paths?to=${target.id}`) ?? '{}').paths).toHaveLength(1)
      for (const url of routes) {
        statements.count = 0
        const again = await call(e.app, 'GET', url, { as: me })
        expect(again.body, url).toBe(answers.get(url))
        expect(statements.count, url).toBe(0)
      }
    })
  })
}
