import { sql } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'

/** A digest of every row of every table, to prove that a request wrote nothing. */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.execute(sql`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)
  const names = (tables as unknown as { rows: { table_name: string }[] }).rows.map(
    (r) => r.table_name,
  )
  if (names.length === 0) return {}
  // One statement for all tables: the fuzzing and read-only tests take hundreds of fingerprints.
  const digests = names.map(
    (name) =>
      `select '${name}' as name, count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`,
  )
  const result = await db.execute(sql.raw(digests.join(' union all ')))
  const rows = (result as unknown as { rows: { name: string; n: number; digest: string }[] }).rows
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n}:${row.digest}`]))
}
