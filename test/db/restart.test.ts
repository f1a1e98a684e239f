import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/api/app.js'
import type { DatabaseTarget } from '../../src/db/client.js'
import { openStandalone } from '../../src/services/common/standalone.js'
import { call, sessionCookieOf } from '../setup/client.js'
import { freshPostgresDatabaseUrl } from '../setup/databases.js'
import { selectedVariants } from '../setup/variants.js'

async function startApp(target: DatabaseTarget) {
  const { database, ctx } = await openStandalone(target)
  const app = await buildApp({ ctx, webRoot: null, logger: false })
  return {
    app,
    async stop() {
      await app.close()
      await database.close()
    },
  }
}

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

describe('data survives a restart', () => {
  for (const variant of selectedVariants()) {
    it(`keeps accounts and profiles across a restart [${variant}]`, async () => {
      let target: DatabaseTarget
      if (variant === 'pglite') {
        const dataDir = mkdtempSync(join(tmpdir(), 'rapport-data-'))
        folders.push(dataDir)
        target = { kind: 'pglite', dataDir }
      } else {
        target = { kind: 'postgres', url: await freshPostgresDatabaseUrl() }
      }
      const first = await startApp(target)
      const signup = await call(first.app, 'POST', '/api/auth/signup', {
        body: { email: 'durable@example.org', password: 'a durable secret', name: 'Durable' },
      })
      const cookie = sessionCookieOf(signup)
      await call(first.app, 'PATCH', '/api/me', {
        as: { cookie },
        body: { headline: 'Still here' },
      })
      await first.stop()

      const second = await startApp(target)
      const me = await call(second.app, 'GET', '/api/me', { as: { cookie } })
      expect(me.statusCode).toBe(200)
      expect(me.json().headline).toBe('Still here')
      const login = await call(second.app, 'POST', '/api/auth/login', {
        body: { email: 'durable@example.org', password: 'a durable secret' },
      })
      expect(login.statusCode).toBe(200)
      await second.stop()
    })
  }
})
