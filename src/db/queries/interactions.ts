import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { interactions } from '../schema/interactions.js'
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

/** An interaction without the owner and source that a whole batch of them shares. */
export type OwnedInteraction = Omit<NewInteraction, 'ownerId' | 'source'>

// @NOTE One statement per chunk with one array parameter per varying column: parsing 7 arrays is
// far cheaper than binding 7 × 10,000 parameters, which matters for a million imported messages.
// An import's owner and source are one parameter each, not a column of copies.
const CHUNK_ROWS = 10_000

/**
 * Inserts interactions of any owners, skipping any whose dedupe key the owner already has;
 * returns how many were new. One statement per chunk whatever the owners: the demo's 1,100
 * owners with a few interactions each took 1,100 statements when they went one owner at a time.
 */
export async function insertInteractions(db: Db, rows: readonly NewInteraction[]): Promise<number> {
  let added = 0
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const part = rows.slice(i, i + CHUNK_ROWS)
    added += await insertChunk(db, part, {
      ownerId: sql`r.owner_id`,
      source: sql`r.source`,
      unnested: {
        arrays: sql`${sql.param(part.map((r) => r.ownerId))}::text[], ${sql.param(part.map((r) => r.source))}::text[]`,
        names: sql`owner_id, source`,
      },
    })
  }
  return added
}

/**
 * Inserts one owner's interactions from one source, skipping any whose dedupe key the owner
 * already has; returns how many were new.
 */
export async function insertInteractionsOf(
  db: Db,
  ownerId: string,
  source: string,
  rows: readonly OwnedInteraction[],
): Promise<number> {
  let added = 0
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    added += await insertChunk(db, rows.slice(i, i + CHUNK_ROWS), {
      ownerId: sql`${ownerId}::text`,
      source: sql`${source}::text`,
      unnested: null,
    })
  }
  return added
}

/** Where a chunk's owner and source come from: arrays of their own, or one value for all. */
interface OwnerAndSource {
  ownerId: SQL
  source: SQL
  /** The arrays of owners and sources unnested with the rest, when each row has its own. */
  unnested: { arrays: SQL; names: SQL } | null
}

async function insertChunk(
  db: Db,
  part: readonly OwnedInteraction[],
  owner: OwnerAndSource,
): Promise<number> {
  const result = await db.execute(sql`
    with ins as (
      insert into ${interactions} (owner_id, contact_id, kind, at, intent, by, source, note, dedupe_key)
      select ${owner.ownerId}, contact_id, kind, at, intent, by, ${owner.source}, note, dedupe_key
      from unnest(
        ${owner.unnested === null ? sql`` : sql`${owner.unnested.arrays},`}
        ${sql.param(part.map((r) => r.contactId))}::text[],
        ${sql.param(part.map((r) => r.kind))}::text[],
        ${sql.param(part.map((r) => r.at.toISOString()))}::timestamptz[],
        ${sql.param(part.map((r) => r.intent))}::text[],
        ${sql.param(part.map((r) => r.by))}::text[],
        ${sql.param(part.map((r) => r.note))}::text[],
        ${sql.param(part.map((r) => r.dedupeKey))}::text[])
        as r(${owner.unnested === null ? sql`` : sql`${owner.unnested.names},`}
          contact_id, kind, at, intent, by, note, dedupe_key)
      on conflict (owner_id, dedupe_key) do nothing
      returning 1)
    select count(*)::int as n from ins`)
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0
}

export interface InteractionFacts {
  contactId: string
  kind: string
  at: Date
  intent: string | null
  by: string | null
}

/**
 * The interactions of some of the owner's contacts, by contact and in time order.
 * @NOTE Each contact's history comes back as one packed string (`kind ms intent by`, comma
 * separated): materialising a million rows costs several times more than splitting strings.
 */
export async function interactionFactsOfContacts(
  db: Db,
  ownerId: string,
  contactIds: string[],
): Promise<Map<string, Omit<InteractionFacts, 'contactId'>[]>> {
  const byContact = new Map<string, Omit<InteractionFacts, 'contactId'>[]>()
  if (contactIds.length === 0) return byContact
  const result = await db.execute(sql`
    select contact_id, string_agg(
      kind || ' ' || (extract(epoch from at) * 1000)::bigint || ' ' || coalesce(intent, '-')
        || ' ' || coalesce(by, '-'), ',' order by at, id) as packed
    from ${interactions}
    where owner_id = ${ownerId} and ${inArray(interactions.contactId, contactIds)}
    group by contact_id`)
  for (const row of rowsOf<{ contact_id: string; packed: string }>(result)) {
    byContact.set(
      row.contact_id,
      row.packed.split(',').map((item) => {
        const [kind = '', ms = '0', intent = '-', by = '-'] = item.split(' ')
        return {
          kind,
          at: new Date(Number(ms)),
          intent: intent === '-' ? null : intent,
          by: by === '-' ? null : by,
        }
      }),
    )
  }
  return byContact
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
