import type { Command } from 'commander'
import { type Config, loadConfig } from '../config.js'
import { openServices, type Services } from '../services/common/index.js'

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

/** The configuration from the environment with the command's options on top. */
export function configFor(
  options: DatabaseOptions,
  overrides: Partial<Record<keyof Config, unknown>> = {},
): Config {
  return loadConfig({
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.data !== undefined ? { dataDir: options.data } : {}),
    ...overrides,
  })
}

/** Opens the services on the database named by the options (migrated), for one command. */
export async function openRuntime(
  options: DatabaseOptions,
  overrides: Partial<Record<keyof Config, unknown>> = {},
  serving = false,
): Promise<Services> {
  return await openServices(configFor(options, overrides), { listen: serving })
}

/** Prints a command's result: one JSON document with `--json`, else the readable form. */
export function printResult<T>(
  json: boolean | undefined,
  result: T,
  readable: (r: T) => string,
): void {
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${readable(result)}\n`)
}
