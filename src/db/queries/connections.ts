import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { connections } from '../schema/connections.js'
import { contacts } from '../schema/contacts.js'
import { members } from '../schema/members.js'
import { insertInChunks } from './bulk.js'

export type ConnectionRow = typeof connections.$inferSelect
export type NewConnectionRow = typeof connections.$inferInsert

/** A pair in the stored order (`lo < hi`). */
export function pairOf(a: string, b: string): { memberLo: string; memberHi: string } {
  return a < b ? { memberLo: a, memberHi: b } : { memberLo: b, memberHi: a }
}

export function otherEnd(
  row: Pick<ConnectionRow, 'memberLo' | 'memberHi'>,
  memberId: string,
): string {
  return row.memberLo === memberId ? row.memberHi : row.memberLo
}

/**
 * Serialises every change to one pair of members for the rest of the transaction, so that two
 * crossing invitations or a double accept cannot both create a connection.
 */
export async function lockPair(db: Db, a: string, b: string): Promise<void> {
  const { memberLo, memberHi } = pairOf(a, b)
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${memberLo}:${memberHi}`}))`)
}

export async function findConnection(db: Db, a: string, b: string): Promise<ConnectionRow | null> {
  const { memberLo, memberHi } = pairOf(a, b)
  const [row] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.memberLo, memberLo), eq(connections.memberHi, memberHi)))
    .limit(1)
  return row ?? null
}

export async function insertConnection(db: Db, row: NewConnectionRow): Promise<ConnectionRow> {
  const [inserted] = await db.insert(connections).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

export async function insertConnections(db: Db, rows: NewConnectionRow[]): Promise<void> {
  await insertInChunks(db, connections, rows)
}

export async function updateConnection(
  db: Db,
  id: string,
  patch: Partial<Omit<NewConnectionRow, 'id' | 'memberLo' | 'memberHi'>>,
): Promise<ConnectionRow> {
  const [row] = await db.update(connections).set(patch).where(eq(connections.id, id)).returning()
  if (row === undefined) throw new Error('update matched no row')
  return row
}

/** SQL for the member at the other end of a connection row from `memberId`. */
function otherMemberOf(memberId: string) {
  return sql<string>`case when ${connections.memberLo} = ${memberId} then ${connections.memberHi} else ${connections.memberLo} end`
}

const involves = (memberId: string) =>
  or(eq(connections.memberLo, memberId), eq(connections.memberHi, memberId))

/** A member's active connections, in no particular order. */
export async function activeConnectionRowsOf(db: Db, memberId: string): Promise<ConnectionRow[]> {
  return await db
    .select()
    .from(connections)
    .where(and(involves(memberId), isNull(connections.removedAt)))
}

/** Connections this member removed since `since` and has not restored, newest first. */
export async function removedConnectionsBy(db: Db, memberId: string, since: Date) {
  const other = otherMemberOf(memberId)
  return await db
    .select({ connection: connections, member: members })
    .from(connections)
    .innerJoin(members, eq(members.id, other))
    .where(
      and(
        involves(memberId),
        isNotNull(connections.removedAt),
        eq(connections.removedBy, memberId),
        gt(connections.removedAt, since),
      ),
    )
    .orderBy(desc(connections.removedAt))
}

export interface Neighbour {
  memberId: string
  visibility: 'only_me' | 'strong_ties' | 'connections'
}

export async function neighboursOf(db: Db, memberId: string): Promise<Neighbour[]> {
  const other = otherMemberOf(memberId)
  return await db
    .select({ memberId: members.id, visibility: members.visibility })
    .from(connections)
    .innerJoin(members, eq(members.id, other))
    .where(and(involves(memberId), isNull(connections.removedAt)))
}

export async function visibilityOf(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return []
  return await db
    .select({ memberId: members.id, visibility: members.visibility })
    .from(members)
    .where(inArray(members.id, memberIds))
}

/** Only the pairs: the graph needs no dates, and parsing one per row was a third of the read. */
export async function allActiveConnections(db: Db) {
  return await db
    .select({ memberLo: connections.memberLo, memberHi: connections.memberHi })
    .from(connections)
    .where(isNull(connections.removedAt))
}

export async function countConnectionsBetween(db: Db, a: string, b: string): Promise<number> {
  const { memberLo, memberHi } = pairOf(a, b)
  const rows = await db
    .select({ id: connections.id })
    .from(connections)
    .where(
      and(
        eq(connections.memberLo, memberLo),
        eq(connections.memberHi, memberHi),
        isNull(connections.removedAt),
      ),
    )
  return rows.length
}

export async function allMemberVisibility(db: Db) {
  return await db
    .select({
      memberId: members.id,
      visibility: members.visibility,
      suspended: sql<boolean>`${members.suspendedAt} is not null`,
    })
    .from(members)
    .orderBy(asc(members.id))
}

/** Each member's scored strength of their tie to another member (their own side of it). */
export async function memberTieStrengths(db: Db) {
  return await db
    .select({ ownerId: contacts.ownerId, memberId: contacts.memberId, strength: contacts.strength })
    .from(contacts)
    .where(and(isNotNull(contacts.memberId), isNotNull(contacts.strength)))
}

/** A member's own record of each member contact (circles, scored strength), keyed by member id. */
export async function memberContactsOf(db: Db, ownerId: string) {
  const rows = await db
    .select({
      memberId: contacts.memberId,
      contactId: contacts.id,
      circles: contacts.circles,
      strength: contacts.strength,
    })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), isNotNull(contacts.memberId)))
  return new Map(rows.flatMap((r) => (r.memberId === null ? [] : [[r.memberId, r] as const])))
}
