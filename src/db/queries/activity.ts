import { and, eq, max, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { importedRecords, imports } from '../schema/imports.js'
import { interactions } from '../schema/interactions.js'

/**
 * The latest dated interaction and imported record of an owner, and whether any import of
 * theirs finished: the inputs of the date their history is read as of.
 */
export async function latestActivityOf(
  db: Db,
  ownerId: string,
): Promise<{ latest: Date | null; imported: boolean }> {
  const [lastInteraction, lastRecord, done] = await Promise.all([
    db
      .select({ at: max(interactions.at) })
      .from(interactions)
      .where(eq(interactions.ownerId, ownerId)),
    db
      .select({ at: max(importedRecords.at) })
      .from(importedRecords)
      .where(eq(importedRecords.ownerId, ownerId)),
    db
      .select({ one: sql<number>`1` })
      .from(imports)
      .where(and(eq(imports.ownerId, ownerId), eq(imports.status, 'done')))
      .limit(1),
  ])
  const times = [lastInteraction[0]?.at, lastRecord[0]?.at]
    .map((t) => (t === null || t === undefined ? Number.NaN : new Date(t).getTime()))
    .filter((t) => Number.isFinite(t))
  return {
    latest: times.length === 0 ? null : new Date(Math.max(...times)),
    imported: done.length > 0,
  }
}
