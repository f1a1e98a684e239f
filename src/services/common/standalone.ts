import { loadConfig } from '../../config.js'
import { type Database, type DatabaseTarget, openDatabase } from '../../db/client.js'
import { migrateDatabase } from '../../db/migrate.js'
import { createLogger } from '../../logger.js'
import { createServiceContext, type ServiceContext } from '../context.js'

/**
 * A migrated database and a silent service context on it, for benchmarks, scripts and tests that
 * choose their database themselves rather than from the environment's settings.
 */
export async function openStandalone(
  target: DatabaseTarget,
): Promise<{ database: Database; ctx: ServiceContext }> {
  const database = await openDatabase(target)
  await migrateDatabase(database)
  const ctx = createServiceContext({
    db: database.db,
    config: loadConfig({ logLevel: 'silent' }),
    clock: () => new Date(),
    mail: null,
    log: createLogger('rapport', 'silent'),
  })
  return { database, ctx }
}
