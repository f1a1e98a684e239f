import { PostgresRelay } from '../../announcements/postgres-relay.js'
import { type Config, loadConfig } from '../../config.js'
import {
  type Database,
  type DatabaseTarget,
  type OpenOptions,
  openDatabase,
} from '../../db/client.js'
import { migrateDatabase } from '../../db/migrate.js'
import { createLogger, logDestination } from '../../logger.js'
import { createMailTransport } from '../../mail/transport.js'
import { createServiceContext, type ServiceContext } from '../context.js'
import { forgetInstanceSettings } from '../operator/index.js'

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
export async function openServices(
  config: Config,
  options: { listen: boolean } = { listen: false },
): Promise<Services> {
  const database = await openDatabase(targetOf(config))
  await migrateDatabase(database)
  const mail = createMailTransport(config.smtpUrl, 'Rapport <no-reply@rapport.local>')
  const ctx = createServiceContext({
    db: database.db,
    config,
    clock: () => new Date(),
    mail,
    log: createLogger('rapport', config.logLevel, logDestination(config.logFormat)),
  })
  if (config.databaseUrl !== undefined) await attachPostgresRelay(ctx, config.databaseUrl, options)
  const close = async () => {
    await ctx.announcements.close()
    mail?.close()
    await database.close()
  }
  return { ctx, databaseKind: database.kind, close, [Symbol.asyncDispose]: close }
}

/**
 * Carries announcements to and (with `listen`) from the instance's other processes. A lost
 * listening connection may have missed changes, so the graph is rebuilt and the settings,
 * credentials and members read again when it is back.
 */
export async function attachPostgresRelay(
  ctx: ServiceContext,
  url: string,
  options: { listen: boolean },
): Promise<void> {
  await PostgresRelay.start(
    url,
    ctx.announcements,
    {
      onResync: () => {
        forgetInstanceSettings(ctx)
        ctx.credentials.forgetAll()
        ctx.directory.forgetAll()
        ctx.profiles.forgetAll()
        ctx.connectionLists.forgetAll()
        void ctx.network.load()
      },
      onError: (err) => ctx.log.warn({ err }, 'announcement relay'),
    },
    options,
  )
}

/**
 * A migrated database and a silent service context on it, for benchmarks, scripts and tests that
 * choose their database themselves rather than from the environment's settings.
 */
export async function openStandalone(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<{ database: Database; ctx: ServiceContext }> {
  const database = await openDatabase(target, options)
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
