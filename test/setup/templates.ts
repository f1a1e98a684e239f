import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { openDatabase, pgliteDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'
import { PGLITE_OPTIONS } from '../../src/db/pglite-options.js'

/**
 * Migrating a database costs far more than copying a migrated one, so a run migrates one template
 * per database kind and every suite gets its own copy: a fresh, migrated database as before.
 */
export const POSTGRES_TEMPLATE = 'rapport_template'

/** Creates and migrates the run's template database on the cluster; no connection stays open to it. */
export async function createPostgresTemplate(clusterUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: clusterUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${POSTGRES_TEMPLATE}`)
  } finally {
    await admin.end()
  }
  const url = new URL(clusterUrl)
  url.pathname = `/${POSTGRES_TEMPLATE}`
  await using database = await openDatabase({ kind: 'postgres', url: url.toString() })
  await migrateDatabase(database)
}

export interface PgliteTemplate {
  /** An uncompressed tarball of a migrated PGlite data folder, for PGlite's `loadDataDir`. */
  file: string
  remove(): void
}

/** Migrates one in-memory PGlite and keeps its data folder as a file the test workers load. */
export async function createPgliteTemplate(): Promise<PgliteTemplate> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pglite-'))
  const file = join(dir, 'migrated.tar')
  const client = new PGlite(PGLITE_OPTIONS)
  await using database = await pgliteDatabase(client)
  await migrateDatabase(database)
  const dump = await client.dumpDataDir('none')
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
