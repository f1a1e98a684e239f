import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { rowsOf } from './contacts.js'

/** Rows read per query while copying a table out: a page, not the whole table in one answer. */
const PAGE_ROWS = 2_000

/**
 * Every table of the instance, parents before the tables whose foreign keys point at them, so
 * that inserting in this order never meets a missing parent.
 */
export async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  ).map((r) => r.name)
  const edges = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`
      select c.relname as child, p.relname as parent
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and k.connamespace = 'public'::regnamespace`),
  )
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]))
  for (const { child, parent } of edges) {
    if (child !== parent) parents.get(child)?.add(parent)
  }
  const ordered: string[] = []
  const placed = new Set<string>()
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p)),
    )
    if (ready.length === 0) throw new Error('The tables hold a cycle of foreign keys')
    for (const t of ready) {
      ordered.push(t)
      placed.add(t)
    }
  }
  return ordered
}

/** The migrations this database has applied: how many, and the hash of the newest. */
export async function migrationLevel(db: Db): Promise<{ count: number; latest: string | null }> {
  const [row] = rowsOf<{ n: number; latest: string | null }>(
    await db.execute(sql`
      select count(*)::int as n,
        (select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1)
          as latest
      from drizzle.__drizzle_migrations`),
  )
  return { count: row?.n ?? 0, latest: row?.latest ?? null }
}

/**
 * Yields every row of a table as its JSON text, page by page in physical order. Inside one
 * repeatable-read transaction the pages all come from the same snapshot.
 */
export async function* tableRowsAsJson(db: Db, table: string): AsyncGenerator<string> {
  let after = '(0,0)'
  for (;;) {
    const page = rowsOf<{ at: string; r: string }>(
      await db.execute(sql`
        select t.ctid::text as at, to_jsonb(t)::text as r from ${sql.identifier(table)} t
        where t.ctid > ${after}::tid order by t.ctid limit ${PAGE_ROWS}`),
    )
    for (const row of page) yield row.r
    const last = page.at(-1)
    if (last === undefined || page.length < PAGE_ROWS) return
    after = last.at
  }
}

export async function countRows(db: Db, table: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
  )
  return row?.n ?? 0
}

/**
 * Inserts rows given as the JSON `tableRowsAsJson` made, column for column, identity columns
 * keeping the values they had.
 */
export async function insertRowsFromJson(db: Db, table: string, rows: string[]): Promise<void> {
  if (rows.length === 0) return
  const id = sql.identifier(table)
  await db.execute(sql`
    insert into ${id} overriding system value
    select * from jsonb_populate_recordset(null::${id}, ${`[${rows.join(',')}]`}::jsonb)`)
}

/** Moves each identity column's sequence past the largest value restored into it. */
export async function resetIdentitySequences(db: Db, table: string): Promise<void> {
  const columns = rowsOf<{ column: string }>(
    await db.execute(sql`
      select column_name as column from information_schema.columns
      where table_schema = 'public' and table_name = ${table} and is_identity = 'YES'`),
  )
  for (const { column } of columns) {
    const col = sql.identifier(column)
    await db.execute(sql`
      select setval(pg_get_serial_sequence(${`"${table}"`}, ${column}),
        coalesce((select max(${col}) from ${sql.identifier(table)}), 0) + 1, false)`)
  }
}

/** Removes every row of a table (the jobs a fresh instance seeds, before a restore replaces them). */
export async function deleteAllRows(db: Db, table: string): Promise<void> {
  await db.execute(sql`delete from ${sql.identifier(table)}`)
}

/** Which engine holds this database: the embedded one names itself in its version. */
export async function databaseEngine(db: Db): Promise<'pglite' | 'postgres'> {
  const [row] = rowsOf<{ version: string }>(await db.execute(sql`select version() as version`))
  return row?.version.includes('PGlite') ? 'pglite' : 'postgres'
}
