import { type Config, loadConfig } from '../../config.js'
import { type Database, type DatabaseTarget, openDatabase } from '../../db/client.js'
import { migrateDatabase } from '../../db/migrate.js'
import { createLogger } from '../../logger.js'
import { createMailTransport } from '../../mail/transport.js'
import { createServiceContext, type ServiceContext } from '../context.js'

/** The services on an open, migrated database; closing it closes the mail transport and the database. */
export interface Services extends AsyncDisposable {
  ctx: ServiceContext
  databaseKind: Database['kind']
  close(): Promise<void>
}

export function targetOf(config: Config): DatabaseTarget {
  return config.databaseUrl !== undefined
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir }
}

/**
 * Opens and migrates the database the configuration names and builds the services' context on it:
 * the composition root of the server and of every command that touches the database.
 */
export async function openServices(config: Config): Promise<Services> {
  const database = await openDatabase(targetOf(config))
  await migrateDatabase(database)
  const mail = createMailTransport(config.smtpUrl, 'Rapport <no-reply@rapport.local>')
  const ctx = createServiceContext({
    db: database.db,
    config,
    clock: () => new Date(),
    mail,
    log: createLogger('rapport', config.logLevel),
  })
  const close = async () => {
    mail?.close()
    await database.close()
  }
  return { ctx, databaseKind: database.kind, close, [Symbol.asyncDispose]: close }
}

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
