import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import type { Logger } from 'drizzle-orm'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import { PGLITE_OPTIONS } from './pglite-options.js'
import { templateFor } from './pglite-template.js'
import * as schema from './schema/index.js'
import { serializeQueries } from './serial-client.js'

export type Schema = typeof schema
/** The one database type every query takes: the common base of the PGlite and node-postgres drivers. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction handle; it is a `Db` too, so queries accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string; maxConnections?: number }

/** `statements` hears what runs through the handle (the API benchmark counts them per request). */
export interface OpenOptions {
  statements?: Logger
}

export interface Database extends AsyncDisposable {
  db: Db
  kind: DatabaseTarget['kind']
  /** The server's URL (PostgreSQL), for what needs a connection of its own, such as LISTEN. */
  url?: string
  close(): Promise<void>
}

/** Opens PGlite in a data folder (or in memory with `dataDir: null`), or a pool on a PostgreSQL server. */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.maxConnections ?? 10 })
    pool.on('connect', serializeQueries)
    const db = drizzlePg({ client: pool, schema, ...loggerOf(options) }) as unknown as Db
    return { ...databaseHandle(db, 'postgres', () => pool.end()), url: target.url }
  }
  if (target.dataDir !== null) mkdirSync(target.dataDir, { recursive: true })
  const template = target.dataDir === null ? undefined : templateFor(target.dataDir)
  const client =
    target.dataDir === null
      ? new PGlite(PGLITE_OPTIONS)
      : new PGlite(target.dataDir, {
          ...PGLITE_OPTIONS,
          ...(template === undefined ? {} : { loadDataDir: template }),
        })
  return await pgliteDatabase(client, options)
}

/** The database handle on a PGlite instance opened elsewhere (tests open theirs from a migrated copy). */
export async function pgliteDatabase(client: PGlite, options: OpenOptions = {}): Promise<Database> {
  await client.waitReady
  const db = drizzlePglite({ client, schema, ...loggerOf(options) }) as unknown as Db
  return databaseHandle(db, 'pglite', () => client.close())
}

function loggerOf(options: OpenOptions) {
  return options.statements === undefined ? {} : { logger: options.statements }
}

function databaseHandle(db: Db, kind: Database['kind'], close: () => Promise<void>): Database {
  let closed: Promise<void> | null = null
  const closeOnce = () => {
    closed ??= close()
    return closed
  }
  return { db, kind, close: closeOnce, [Symbol.asyncDispose]: closeOnce }
}
