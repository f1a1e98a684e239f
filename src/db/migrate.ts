import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { projectPath } from '../paths.js'
import type { Database } from './client.js'

/** Applies the frozen SQL migrations in `src/db/migrations` that this database has not seen yet. */
export async function migrateDatabase(database: Database): Promise<void> {
  const migrationsFolder = projectPath('src', 'db', 'migrations')
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder })
  } else {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder })
  }
}
