import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { inject } from 'vitest'
import {
  type Database,
  type OpenOptions,
  openDatabase,
  pgliteDatabase,
} from '../../src/db/client.js'
import { PGLITE_OPTIONS } from '../../src/db/pglite-options.js'
import { POSTGRES_TEMPLATE } from './templates.js'
import type { DbVariant } from './variants.js'

/**
 * A fresh, migrated database of the given kind, of its own: an in-memory PGlite loaded from the
 * run's migrated data folder, or a copy of the run's migrated template on the test cluster.
 */
export async function freshDatabase(
  variant: DbVariant,
  options: OpenOptions = {},
): Promise<Database> {
  if (variant === 'pglite') {
    const [loadDataDir, pgliteWasmModule] = await Promise.all([pgliteTemplate(), pgliteWasm()])
    return await pgliteDatabase(
      new PGlite({ ...PGLITE_OPTIONS, loadDataDir, pgliteWasmModule }),
      options,
    )
  }
  const url = await createPostgresDatabase(`template ${POSTGRES_TEMPLATE}`)
  return await openDatabase({ kind: 'postgres', url }, options)
}

/** Creates an empty database on the run's PostgreSQL cluster and returns its URL. */
export async function freshPostgresDatabaseUrl(): Promise<string> {
  return await createPostgresDatabase('')
}

async function createPostgresDatabase(options: string): Promise<string> {
  const clusterUrl = inject('postgresUrl')
  if (clusterUrl === null) throw new Error('The PostgreSQL test cluster was not started')
  const name = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: clusterUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name} ${options}`)
  } finally {
    await admin.end()
  }
  const url = new URL(clusterUrl)
  url.pathname = `/${name}`
  return url.toString()
}

// Read and compiled once per test file, then shared by every database the file opens.
let template: Promise<Blob> | null = null
let wasm: Promise<WebAssembly.Module> | null = null

function pgliteTemplate(): Promise<Blob> {
  const file = inject('pgliteTemplate')
  if (file === null) throw new Error('The migrated PGlite template was not made for this run')
  template ??= readFile(file).then((bytes) => new Blob([bytes]))
  return template
}

// The server's TypeScript settings declare WebAssembly's types but not its global object.
const { compile } = (
  globalThis as unknown as {
    WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> }
  }
).WebAssembly

function pgliteWasm(): Promise<WebAssembly.Module> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  wasm ??= readFile(join(dirname(entry), 'pglite.wasm')).then((bytes) => compile(bytes))
  return wasm
}
