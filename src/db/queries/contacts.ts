import { and, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { connections, type HowWeMetColumn } from '../schema/connections.js'
import { contacts } from '../schema/contacts.js'
import { members } from '../schema/members.js'
import { insertInChunks } from './bulk.js'

export type ContactRow = typeof contacts.$inferSelect
export type NewContactRow = typeof contacts.$inferInsert

/**
 * A contact is shown unless it was archived or it stands for a connection the owner's side
 * removed (the quiet removal keeps the contact, so a restore brings it back whole).
 */
function shown(ownerId: string): SQL {
  return sql`${contacts.archivedAt} is null and not exists (
    select 1 from ${connections} c
    where c.removed_at is not null and ${contacts.memberId} is not null
      and ((c.member_lo = ${ownerId} and c.member_hi = ${contacts.memberId})
        or (c.member_hi = ${ownerId} and c.member_lo = ${contacts.memberId})))`
}

export async function visibleContactsOf(db: Db, ownerId: string): Promise<ContactRow[]> {
  return await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), shown(ownerId)))
}

export async function findVisibleContact(
  db: Db,
  ownerId: string,
  id: string,
): Promise<ContactRow | null> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.ownerId, ownerId), shown(ownerId)))
    .limit(1)
  return row ?? null
}

export async function findContactsByIds(db: Db, ownerId: string, ids: string[]) {
  if (ids.length === 0) return []
  return await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), inArray(contacts.id, ids)))
}

/** Every contact of the owner, shown or not: what an import matches against. */
export async function allContactsOf(db: Db, ownerId: string): Promise<ContactRow[]> {
  return await db.select().from(contacts).where(eq(contacts.ownerId, ownerId))
}

/** The owner's contact for a member, shown or not. */
export async function findMemberContact(
  db: Db,
  ownerId: string,
  memberId: string,
): Promise<ContactRow | null> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.memberId, memberId)))
    .limit(1)
  return row ?? null
}

/**
 * Inserts a contact for a member unless the owner has one already, including one a concurrent
 * transaction has just inserted (the insert waits for it and then does nothing).
 */
export async function insertMemberContactIfMissing(db: Db, row: NewContactRow): Promise<void> {
  await db.insert(contacts).values(row).onConflictDoNothing()
}

export async function insertContacts(db: Db, rows: NewContactRow[]): Promise<void> {
  await insertInChunks(db, contacts, rows)
}

export async function updateContact(
  db: Db,
  ownerId: string,
  id: string,
  patch: Partial<Omit<NewContactRow, 'id' | 'ownerId'>>,
): Promise<void> {
  await db
    .update(contacts)
    .set(patch)
    .where(and(eq(contacts.id, id), eq(contacts.ownerId, ownerId)))
}

export async function setArchived(db: Db, ownerId: string, ids: string[], at: Date | null) {
  if (ids.length === 0) return
  await db
    .update(contacts)
    .set({ archivedAt: at })
    .where(and(eq(contacts.ownerId, ownerId), inArray(contacts.id, ids)))
}

export interface ContactScore {
  id: string
  strength: number
  band: string
  pruneScore: number
  lastContactAt: Date | null
}

/** Writes the cached scores of many contacts in one statement. */
export async function saveScores(db: Db, scores: ContactScore[], at: Date): Promise<void> {
  const CHUNK = 5000
  for (let i = 0; i < scores.length; i += CHUNK) {
    const part = scores.slice(i, i + CHUNK)
    await db.execute(sql`
      update ${contacts} set strength = s.strength, band = s.band, prune_score = s.prune,
        last_contact_at = s.last_at, scored_at = ${at.toISOString()}::timestamptz
      from unnest(
        ${sql.param(part.map((s) => s.id))}::text[],
        ${sql.param(part.map((s) => s.strength))}::real[],
        ${sql.param(part.map((s) => s.band))}::text[],
        ${sql.param(part.map((s) => s.pruneScore))}::real[],
        ${sql.param(part.map((s) => s.lastContactAt?.toISOString() ?? null))}::timestamptz[]
      ) as s(id, strength, band, prune, last_at)
      where ${contacts.id} = s.id`)
  }
}

/** Owners with a contact never scored, or last scored before `before`. */
export async function ownersWithScoresBefore(db: Db, before: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ ownerId: contacts.ownerId })
    .from(contacts)
    .where(
      and(
        isNull(contacts.archivedAt),
        or(isNull(contacts.scoredAt), lt(contacts.scoredAt, before)),
      ),
    )
  return rows.map((r) => r.ownerId)
}

/**
 * Active connections one side holds no contact for yet, as (owner, member) pairs with how they
 * met and since when: for one owner, or for everyone when `ownerId` is null.
 */
export async function connectionsWithoutContact(db: Db, ownerId: string | null) {
  const result = await db.execute(sql`
    with sides as (
      select member_lo as owner_id, member_hi as member_id, how_we_met, since
      from ${connections} where removed_at is null
      union all
      select member_hi, member_lo, how_we_met, since
      from ${connections} where removed_at is null)
    select s.owner_id, s.member_id, m.name, s.how_we_met, s.since
    from sides s join ${members} m on m.id = s.member_id
    where (${ownerId}::text is null or s.owner_id = ${ownerId})
      and not exists (
        select 1 from ${contacts} k where k.owner_id = s.owner_id and k.member_id = s.member_id)`)
  return rowsOf<{
    owner_id: string
    member_id: string
    name: string
    how_we_met: HowWeMetColumn
    since: string | Date
  }>(result).map((r) => ({
    ownerId: r.owner_id,
    memberId: r.member_id,
    name: r.name,
    howWeMet: r.how_we_met,
    since: new Date(r.since),
  }))
}

/** Members whose e-mail is one of these (lower-cased), to link imported contacts. */
export async function membersByEmails(db: Db, emails: string[]) {
  if (emails.length === 0) return []
  return await db
    .select({ id: members.id, email: members.email })
    .from(members)
    .where(inArray(sql`lower(${members.email})`, emails))
}

/** The owner's record of one member: their cached score and last contact. */
export async function memberContactOf(
  db: Db,
  ownerId: string,
  memberId: string,
): Promise<{ strength: number | null; lastContactAt: Date | null } | null> {
  const [row] = await db
    .select({ strength: contacts.strength, lastContactAt: contacts.lastContactAt })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.memberId, memberId)))
    .limit(1)
  return row ?? null
}

export async function memberContactIdOf(
  db: Db,
  ownerId: string,
  memberId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.memberId, memberId)))
    .limit(1)
  return row?.id ?? null
}

/** Circle names in use by the owner, with how many shown contacts carry each. */
export async function circlesOf(db: Db, ownerId: string) {
  const rows = await db.execute(sql`
    select circle as name, count(*)::int as count
    from ${contacts}, unnest(${contacts.circles}) as circle
    where ${contacts.ownerId} = ${ownerId} and ${shown(ownerId)}
    group by circle order by circle`)
  return rowsOf<{ name: string; count: number }>(rows)
}

/** The rows of a raw `execute`, which both drivers return under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  const rows = (result as { rows?: unknown }).rows
  return Array.isArray(rows) ? (rows as T[]) : []
}
