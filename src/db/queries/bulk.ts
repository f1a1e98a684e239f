import { getTableColumns, is, SQL, sql } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../client.js'

// @NOTE PostgreSQL takes at most 65,535 bind parameters per statement; one chunk is one statement
// either way, and a chunk of this size keeps each array parameter a few hundred KB.
const CHUNK_ROWS = 1000

/**
 * Inserts the rows in chunks of one statement each. A chunk goes as one array per column,
 * unnested by the database (`insert … select … from unnest($1::text[], …)`): a handful of bind
 * parameters instead of one per value, which spared building and sending 20 of every 22 s of a
 * 2,000-member demo load's statements on the embedded database. A chunk that leaves out a value
 * whose default only the database knows goes as a plain multi-row insert instead.
 */
export async function insertInChunks<T extends PgTable>(
  db: Db,
  table: T,
  rows: T['$inferInsert'][],
): Promise<void> {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][]
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const part = rows.slice(i, i + CHUNK_ROWS)
    const statement = unnestInsert(table, columns, part as Record<string, unknown>[])
    if (statement === null) await db.insert(table).values(part)
    else await db.execute(statement)
  }
}

function unnestInsert(
  table: PgTable,
  columns: [string, PgColumn][],
  rows: Record<string, unknown>[],
): SQL | null {
  const names: ReturnType<typeof sql.identifier>[] = []
  const arrays: SQL[] = []
  const selected: SQL[] = []
  for (const [key, column] of columns) {
    if (rows.every((row) => row[key] === undefined)) continue
    const values: (string | null)[] = []
    let defaulted = false
    for (const row of rows) {
      const value = textOf(column, row[key])
      if (value === DATABASE_DEFAULT) {
        // A required column's default stands in for a missing value; a nullable one's cannot.
        if (!column.notNull || !is(column.default, SQL)) return null
        defaulted = true
        values.push(null)
      } else values.push(value)
    }
    const at = names.length
    names.push(sql.identifier(column.name))
    arrays.push(sql`${sql.param(values)}::text[]`)
    // Every array goes as text and each column is cast to its own type, arrays and enums included.
    const value = sql`${sql.identifier(`c${at}`)}::${sql.raw(column.getSQLType())}`
    selected.push(defaulted ? sql`coalesce(${value}, ${column.default})` : value)
  }
  const aliases = names.map((_, at) => sql.identifier(`c${at}`))
  return sql`insert into ${table} (${sql.join(names, sql`, `)})
    select ${sql.join(selected, sql`, `)}
    from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.join(aliases, sql`, `)})`
}

const DATABASE_DEFAULT = Symbol('the database default')

/** The value as the database reads it from text, or a sign that only the database can make it. */
function textOf(column: PgColumn, value: unknown): string | null | typeof DATABASE_DEFAULT {
  if (value === undefined) {
    if (!column.hasDefault) return null
    if (column.default === undefined || is(column.default, SQL)) return DATABASE_DEFAULT
    return textOf(column, column.default)
  }
  if (value === null) return null
  return String(column.mapToDriverValue(value))
}
