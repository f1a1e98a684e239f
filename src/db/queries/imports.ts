import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import {
  type ImportCounts,
  type ImportFile,
  type ImportSkip,
  importedRecords,
  imports,
} from '../schema/imports.js'
import { rowsOf } from './contacts.js'

export type ImportRow = typeof imports.$inferSelect
export type ImportedRecordRow = typeof importedRecords.$inferSelect

export async function insertImport(db: Db, row: typeof imports.$inferInsert): Promise<void> {
  await db.insert(imports).values(row)
}

export async function finishImport(
  db: Db,
  id: string,
  result: {
    status: 'done' | 'failed'
    counts: ImportCounts | null
    unchanged: number
    skipped: ImportSkip[]
    files: ImportFile[]
    error: string | null
    finishedAt: Date
  },
): Promise<void> {
  await db.update(imports).set(result).where(eq(imports.id, id))
}

/**
 * Holds an import's row for the transaction that writes its records: a running import whose row
 * no transaction holds is one whose process stopped (see failInterruptedImports).
 */
export async function holdImport(db: Db, id: string): Promise<void> {
  await db.select({ id: imports.id }).from(imports).where(eq(imports.id, id)).for('update')
}

/** Marks failed every import still running whose row no live transaction holds; returns how many. */
export async function failUnheldImports(db: Db, error: string, finishedAt: Date): Promise<number> {
  const unheld = db
    .select({ id: imports.id })
    .from(imports)
    .where(eq(imports.status, 'running'))
    .for('update', { skipLocked: true })
  const failed = await db
    .update(imports)
    .set({ status: 'failed', error, finishedAt })
    .where(inArray(imports.id, unheld))
    .returning({ id: imports.id })
  return failed.length
}

export async function findImport(db: Db, ownerId: string, id: string): Promise<ImportRow | null> {
  const [row] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.ownerId, ownerId)))
    .limit(1)
  return row ?? null
}

export async function importsOf(db: Db, ownerId: string): Promise<ImportRow[]> {
  return await db
    .select()
    .from(imports)
    .where(eq(imports.ownerId, ownerId))
    .orderBy(desc(imports.createdAt))
}

export interface NewImportedRecord {
  id: string
  ownerId: string
  kind: string
  contactId: string | null
  importKey: string
  at: Date | null
  data: Record<string, unknown>
}

/** Inserts records the owner does not hold yet (by kind and key); returns how many were new. */
export async function insertImportedRecords(
  db: Db,
  rows: readonly NewImportedRecord[],
): Promise<number> {
  let added = 0
  const CHUNK = 2000
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK)
    const result = await db.execute(sql`
      with ins as (
        insert into ${importedRecords} (id, owner_id, kind, contact_id, import_key, at, data)
        select * from unnest(
          ${sql.param(part.map((r) => r.id))}::text[],
          ${sql.param(part.map((r) => r.ownerId))}::text[],
          ${sql.param(part.map((r) => r.kind))}::text[],
          ${sql.param(part.map((r) => r.contactId))}::text[],
          ${sql.param(part.map((r) => r.importKey))}::text[],
          ${sql.param(part.map((r) => r.at?.toISOString() ?? null))}::timestamptz[],
          ${sql.param(part.map((r) => JSON.stringify(r.data)))}::jsonb[])
        on conflict (owner_id, kind, import_key) do nothing
        returning 1)
      select count(*)::int as n from ins`)
    added += rowsOf<{ n: number }>(result)[0]?.n ?? 0
  }
  return added
}

export async function importedRecordsOf(db: Db, ownerId: string): Promise<ImportedRecordRow[]> {
  return await db.select().from(importedRecords).where(eq(importedRecords.ownerId, ownerId))
}

/** The owner's imported records of one kind, optionally about one contact, newest first. */
export async function importedRecordsOfKind(
  db: Db,
  ownerId: string,
  kind: string,
  contactId?: string,
): Promise<ImportedRecordRow[]> {
  const conditions = [eq(importedRecords.ownerId, ownerId), eq(importedRecords.kind, kind)]
  if (contactId !== undefined) conditions.push(eq(importedRecords.contactId, contactId))
  return await db
    .select()
    .from(importedRecords)
    .where(and(...conditions))
    .orderBy(sql`${importedRecords.at} desc nulls last`, desc(importedRecords.id))
}
