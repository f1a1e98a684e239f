import type { Command } from 'commander'
import { type Config, loadConfig } from '../config.js'
import { type Database, openDatabase } from '../db/client.js'
import { migrateDatabase } from '../db/migrate.js'
import { createLogger } from '../logger.js'
import { createMailTransport } from '../mail/transport.js'
import { createServiceContext, type ServiceContext } from '../services/context.js'

export interface DatabaseOptions {
  data?: string
  databaseUrl?: string
}

/** Adds the options every command that touches the database shares. */
export function withDatabaseOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'embedded database folder (PGlite)', './data')
    .option('--database-url <url>', 'PostgreSQL server URL (default: $DATABASE_URL)')
}

export interface Runtime extends AsyncDisposable {
  database: Database
  ctx: ServiceContext
  close(): Promise<void>
}

/** Opens and migrates the database named by the options, and builds the services' context. */
export async function openRuntime(
  options: DatabaseOptions,
  overrides: Partial<Record<keyof Config, unknown>> = {},
): Promise<Runtime> {
  const config = loadConfig({
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.data !== undefined ? { dataDir: options.data } : {}),
    ...overrides,
  })
  const database = await openDatabase(
    config.databaseUrl !== undefined
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir },
  )
  await migrateDatabase(database)
  const mail = createMailTransport(config.smtpUrl, 'Rapport <no-reply@rapport.local>')
  const ctx: ServiceContext = createServiceContext({
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
  return { database, ctx, close, [Symbol.asyncDispose]: close }
}

/** Prints a command's result: one JSON document with `--json`, else the readable form. */
export function printResult<T>(
  json: boolean | undefined,
  result: T,
  readable: (r: T) => string,
): void {
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${readable(result)}\n`)
}
