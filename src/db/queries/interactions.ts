import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { interactions } from '../schema/contacts.js'
import { rowsOf } from './contacts.js'

export type InteractionRow = typeof interactions.$inferSelect

export interface NewInteraction {
  ownerId: string
  contactId: string
  kind: string
  at: Date
  intent: string | null
  by: string | null
  source: string
  note: string | null
  dedupeKey: string
}

// @NOTE One statement per chunk with one array parameter per column: parsing 9 arrays is far
// cheaper than binding 9 × 5,000 parameters, which matters for a million imported messages.
const CHUNK_ROWS = 5000

/** Inserts interactions, skipping any whose dedupe key the owner already has; returns how many were new. */
export async function insertInteractions(db: Db, rows: readonly NewInteraction[]): Promise<number> {
  let added = 0
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const part = rows.slice(i, i + CHUNK_ROWS)
    const result = await db.execute(sql`
      with ins as (
        insert into ${interactions} (owner_id, contact_id, kind, at, intent, by, source, note, dedupe_key)
        select * from unnest(
          ${sql.param(part.map((r) => r.ownerId))}::text[],
          ${sql.param(part.map((r) => r.contactId))}::text[],
          ${sql.param(part.map((r) => r.kind))}::text[],
          ${sql.param(part.map((r) => r.at.toISOString()))}::timestamptz[],
          ${sql.param(part.map((r) => r.intent))}::text[],
          ${sql.param(part.map((r) => r.by))}::text[],
          ${sql.param(part.map((r) => r.source))}::text[],
          ${sql.param(part.map((r) => r.note))}::text[],
          ${sql.param(part.map((r) => r.dedupeKey))}::text[])
        on conflict (owner_id, dedupe_key) do nothing
        returning 1)
      select count(*)::int as n from ins`)
    added += rowsOf<{ n: number }>(result)[0]?.n ?? 0
  }
  return added
}

export interface InteractionFacts {
  contactId: string
  kind: string
  at: Date
  intent: string | null
  by: string | null
}

/** Every interaction of the owner, grouped by contact and in time order: the model's input. */
export async function interactionFactsOf(db: Db, ownerId: string): Promise<InteractionFacts[]> {
  return await db
    .select({
      contactId: interactions.contactId,
      kind: interactions.kind,
      at: interactions.at,
      intent: interactions.intent,
      by: interactions.by,
    })
    .from(interactions)
    .where(eq(interactions.ownerId, ownerId))
    .orderBy(asc(interactions.contactId), asc(interactions.at))
}

/**
 * The interactions of some of the owner's contacts, grouped by contact and in time order.
 * @NOTE Times come as epoch milliseconds: parsing a million timestamp strings costs more than
 * the rest of the read.
 */
export async function interactionFactsOfContacts(
  db: Db,
  ownerId: string,
  contactIds: string[],
): Promise<InteractionFacts[]> {
  if (contactIds.length === 0) return []
  const rows = await db
    .select({
      contactId: interactions.contactId,
      kind: interactions.kind,
      atMs: sql<number>`(extract(epoch from ${interactions.at}) * 1000)::float8`,
      intent: interactions.intent,
      by: interactions.by,
    })
    .from(interactions)
    .where(and(eq(interactions.ownerId, ownerId), inArray(interactions.contactId, contactIds)))
    .orderBy(asc(interactions.contactId), asc(interactions.at))
  return rows.map((r) => ({
    contactId: r.contactId,
    kind: r.kind,
    at: new Date(Number(r.atMs)),
    intent: r.intent,
    by: r.by,
  }))
}

/** One contact's timeline, newest first. */
export async function interactionsOfContact(
  db: Db,
  ownerId: string,
  contactId: string,
): Promise<InteractionRow[]> {
  return await db
    .select()
    .from(interactions)
    .where(and(eq(interactions.ownerId, ownerId), eq(interactions.contactId, contactId)))
    .orderBy(desc(interactions.at), desc(interactions.id))
}

export async function allInteractionsOf(db: Db, ownerId: string): Promise<InteractionRow[]> {
  return await db
    .select()
    .from(interactions)
    .where(eq(interactions.ownerId, ownerId))
    .orderBy(asc(interactions.id))
}

/** Interactions have no foreign keys (see the schema); erasing a member deletes theirs here. */
export async function deleteInteractionsOf(db: Db, ownerId: string): Promise<void> {
  await db.delete(interactions).where(eq(interactions.ownerId, ownerId))
}
