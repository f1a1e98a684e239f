import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { members, positions } from '../schema/members.js'
import { insertInChunks } from './bulk.js'

export type MemberRow = typeof members.$inferSelect
export type NewMemberRow = typeof members.$inferInsert
export type PositionRow = typeof positions.$inferSelect
export type NewPositionRow = typeof positions.$inferInsert

export async function insertMember(db: Db, row: NewMemberRow): Promise<MemberRow> {
  const [inserted] = await db.insert(members).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

export async function findMemberByEmail(db: Db, email: string): Promise<MemberRow | null> {
  const [row] = await db.select().from(members).where(eq(members.email, email)).limit(1)
  return row ?? null
}

export async function findMemberById(db: Db, id: string): Promise<MemberRow | null> {
  const [row] = await db.select().from(members).where(eq(members.id, id)).limit(1)
  return row ?? null
}

export async function countMembers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(members)
  return row?.n ?? 0
}

export async function updateMember(
  db: Db,
  id: string,
  patch: Partial<Omit<NewMemberRow, 'id' | 'createdAt'>>,
): Promise<void> {
  await db.update(members).set(patch).where(eq(members.id, id))
}

export async function positionsOf(db: Db, memberIds: string[]): Promise<PositionRow[]> {
  if (memberIds.length === 0) return []
  return await db
    .select()
    .from(positions)
    .where(inArray(positions.memberId, memberIds))
    .orderBy(asc(positions.memberId), asc(positions.ord))
}

export async function replacePositions(
  db: Db,
  memberId: string,
  rows: NewPositionRow[],
): Promise<void> {
  await db.delete(positions).where(eq(positions.memberId, memberId))
  if (rows.length > 0) await db.insert(positions).values(rows)
}

/** One member's fields the member directory keeps, with one of their positions (or none). */
export interface DirectoryRow {
  id: string
  name: string
  headline: string
  suspendedAt: Date | null
  company: string | null
  title: string | null
  to: string | null
}

/**
 * What the member directory keeps of every member (or of the given ones), in one statement: a row
 * per position (one with a null company for a member with none), each member's in their order.
 */
export async function directoryRows(db: Db, ids?: readonly string[]): Promise<DirectoryRow[]> {
  if (ids !== undefined && ids.length === 0) return []
  return await db
    .select({
      id: members.id,
      name: members.name,
      headline: members.headline,
      suspendedAt: members.suspendedAt,
      company: positions.company,
      title: positions.title,
      to: positions.to,
    })
    .from(members)
    .leftJoin(positions, eq(positions.memberId, members.id))
    .where(ids === undefined ? undefined : inArray(members.id, [...new Set(ids)]))
    .orderBy(asc(members.id), asc(positions.ord))
}

export async function insertMembers(db: Db, rows: NewMemberRow[]): Promise<void> {
  await insertInChunks(db, members, rows)
}

export async function insertPositions(db: Db, rows: NewPositionRow[]): Promise<void> {
  await insertInChunks(db, positions, rows)
}

export async function findMembersByIds(db: Db, ids: string[]): Promise<MemberRow[]> {
  if (ids.length === 0) return []
  return await db
    .select()
    .from(members)
    .where(inArray(members.id, [...new Set(ids)]))
}

/** Members whose current position (no end date) is at a company, matched without regard to case. */
/** The current positions at a company (its name in any case), each member's in their own order. */
export async function currentPositionsAt(db: Db, company: string): Promise<PositionRow[]> {
  return await db
    .select()
    .from(positions)
    .where(
      and(eq(sql`lower(${positions.company})`, company.trim().toLowerCase()), isNull(positions.to)),
    )
    .orderBy(asc(positions.memberId), asc(positions.ord))
}

export async function declaredOpenNetworkers(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(eq(members.openNetworker, true))
  return rows.map((r) => r.id)
}
