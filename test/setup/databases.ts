import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { type Database, openDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'
import type { DbVariant } from './variants.js'

/** A fresh, migrated database of the given kind: PGlite in memory, or a new database on the test cluster. */
export async function freshDatabase(variant: DbVariant): Promise<Database> {
  if (variant === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null })
    await migrateDatabase(database)
    return database
  }
  const url = await freshPostgresDatabaseUrl()
  const database = await openDatabase({ kind: 'postgres', url })
  await migrateDatabase(database)
  return database
}

/** Creates an empty database on the run's PostgreSQL cluster and returns its URL. */
export async function freshPostgresDatabaseUrl(): Promise<string> {
  const clusterUrl = inject('postgresUrl')
  if (clusterUrl === null) throw new Error('The PostgreSQL test cluster was not started')
  const name = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: clusterUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(clusterUrl)
  url.pathname = `/${name}`
  return url.toString()
}
