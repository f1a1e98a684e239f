import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { buildApp } from '../../src/api/app.js'
import { loadConfig } from '../../src/config.js'
import { type DatabaseTarget, openDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'
import { createLogger } from '../../src/logger.js'
import { createServiceContext } from '../../src/services/context.js'
import { freshPostgresDatabaseUrl } from './databases.js'
import type { TestClock, TestEnv } from './harness.js'
import type { DbVariant } from './variants.js'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/**
 * A database that outlives the process using it, so a test can stop a server and start another
 * on the same data: a PGlite folder (removed after the file's tests) or a new PostgreSQL database.
 */
export async function durableTarget(variant: DbVariant): Promise<DatabaseTarget> {
  if (variant === 'postgres') return { kind: 'postgres', url: await freshPostgresDatabaseUrl() }
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-restart-'))
  folders.push(dataDir)
  return { kind: 'pglite', dataDir }
}

/** One serving process on the database at `target`, reading time from the shared test clock. */
export async function startProcess(target: DatabaseTarget, clock: TestClock) {
  const database = await openDatabase(target)
  await migrateDatabase(database)
  const ctx = createServiceContext({
    db: database.db,
    config: loadConfig({ logLevel: 'silent', signupsPerHour: 10_000 }),
    clock: clock.read,
    mail: null,
    log: createLogger('test', 'silent'),
  })
  const app = await buildApp({ ctx, webRoot: null, logger: false })
  await app.ready()
  const env: TestEnv = { variant: target.kind, database, ctx, app, clock }
  return {
    env,
    async stop() {
      await app.close()
      await ctx.jobs.stop()
      await ctx.announcements.close()
      await database.close()
    },
  }
}
