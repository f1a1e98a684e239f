import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe } from 'vitest'
import { buildApp } from '../../src/api/app.js'
import { type Config, loadConfig } from '../../src/config.js'
import { type Database, type OpenOptions, openDatabase } from '../../src/db/client.js'
import { createLogger } from '../../src/logger.js'
import { attachPostgresRelay } from '../../src/services/common/index.js'
import { createServiceContext, type ServiceContext } from '../../src/services/context.js'
import { freshDatabase } from './databases.js'
import { type DbVariant, selectedVariants } from './variants.js'

export const ORIGIN = 'http://localhost:80'

/** A clock tests can move; services read time only through it. */
export class TestClock {
  now = new Date('2026-06-01T09:00:00Z')
  read = () => new Date(this.now)
  advance(ms: number) {
    this.now = new Date(this.now.getTime() + ms)
  }
}

export interface TestEnv {
  variant: DbVariant
  database: Database
  ctx: ServiceContext
  app: FastifyInstance
  clock: TestClock
}

/**
 * A server's worth of services and its app on a fresh database (or, on PostgreSQL, on the
 * database at `sharedUrl`, as a second process of the same instance would be). On PostgreSQL
 * the announcements go through the relay, as in production. `open` can count the statements run.
 */
export async function createTestEnv(
  variant: DbVariant,
  overrides: Partial<Record<keyof Config, unknown>> = {},
  sharedUrl?: string,
  open: OpenOptions = {},
): Promise<TestEnv> {
  const database =
    sharedUrl === undefined
      ? await freshDatabase(variant, open)
      : await openDatabase({ kind: 'postgres', url: sharedUrl }, open)
  const clock = new TestClock()
  const ctx: ServiceContext = createServiceContext({
    db: database.db,
    // Suites sign many members up from one address; the sign-up limit has its own test.
    config: loadConfig({ logLevel: 'silent', signupsPerHour: 10_000, ...overrides }),
    clock: clock.read,
    mail: null,
    log: createLogger('test', 'silent'),
  })
  if (database.url !== undefined) await attachPostgresRelay(ctx, database.url, { listen: true })
  const app = await buildApp({ ctx, webRoot: null, logger: false })
  await app.ready()
  return { variant, database, ctx, app, clock }
}

export async function closeTestEnv(env: TestEnv | null): Promise<void> {
  await env?.app.close()
  await env?.ctx.jobs.stop()
  await env?.ctx.announcements.close()
  await env?.database.close()
}

/**
 * Two app processes of one instance on a fresh PostgreSQL database, as behind a load balancer,
 * their announcements through the relay; both are closed after `use`.
 */
export async function withTwoProcesses(
  use: (first: TestEnv, second: TestEnv) => Promise<void>,
): Promise<void> {
  const first = await createTestEnv('postgres')
  let second: TestEnv | null = null
  try {
    const url = first.database.url
    if (url === undefined) throw new Error('no database URL')
    second = await createTestEnv('postgres', {}, url)
    await use(first, second)
  } finally {
    await closeTestEnv(second)
    await closeTestEnv(first)
  }
}

/**
 * Runs a suite once per database variant (`pglite`, `postgres`), each against its own fresh
 * database; `RAPPORT_TEST_DB` narrows it to one.
 */
export function describeEachDatabase(
  title: string,
  suite: (env: () => TestEnv) => void,
  overrides: Partial<Record<keyof Config, unknown>> = {},
): void {
  for (const variant of selectedVariants()) {
    describe(`${title} [${variant}]`, () => {
      let env: TestEnv | null = null
      beforeAll(async () => {
        env = await createTestEnv(variant, overrides)
      })
      afterAll(async () => {
        await closeTestEnv(env)
      })
      suite(() => {
        if (env === null) throw new Error('test environment not ready')
        return env
      })
    })
  }
}
