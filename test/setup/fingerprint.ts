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
  const out: Record<string, string> = {}
  for (const name of names) {
    const result = await db.execute(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`,
      ),
    )
    const [row] = (result as unknown as { rows: { n: number; digest: string }[] }).rows
    out[name] = `${row?.n}:${row?.digest}`
  }
  return out
}
