import type { PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../client.js'

// @NOTE PostgreSQL takes at most 65,535 bind parameters per statement, so bulk inserts go in chunks
// small enough for the widest of our tables.
const CHUNK_ROWS = 1000

export async function insertInChunks<T extends PgTable>(
  db: Db,
  table: T,
  rows: T['$inferInsert'][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    await db.insert(table).values(rows.slice(i, i + CHUNK_ROWS))
  }
}
