import { and, count, desc, eq, gt, isNull, lt, min, or } from 'drizzle-orm'
import type { Db } from '../client.js'
import { accessTokens, loginFailures, passwordResets, sessions } from '../schema/auth.js'

export async function insertSession(
  db: Db,
  row: { id: string; memberId: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values(row)
}

export async function findLiveSession(db: Db, id: string, now: Date) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .limit(1)
  return row ?? null
}

export async function extendSession(db: Db, id: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id))
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id))
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now))
}

export async function insertAccessToken(db: Db, row: typeof accessTokens.$inferInsert) {
  const [inserted] = await db.insert(accessTokens).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

/** The token with this hash, unless it has expired by `now`. */
export async function findLiveAccessToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(accessTokens)
    .where(
      and(
        eq(accessTokens.tokenHash, tokenHash),
        or(isNull(accessTokens.expiresAt), gt(accessTokens.expiresAt, now)),
      ),
    )
    .limit(1)
  return row ?? null
}

export async function touchAccessToken(db: Db, id: string, at: Date): Promise<void> {
  await db.update(accessTokens).set({ lastUsedAt: at }).where(eq(accessTokens.id, id))
}

export async function accessTokensOf(db: Db, memberId: string) {
  return await db
    .select()
    .from(accessTokens)
    .where(eq(accessTokens.memberId, memberId))
    .orderBy(desc(accessTokens.createdAt))
}

export async function deleteAccessToken(db: Db, memberId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(accessTokens)
    .where(and(eq(accessTokens.id, id), eq(accessTokens.memberId, memberId)))
    .returning({ id: accessTokens.id })
  return deleted.length > 0
}

export async function insertPasswordReset(db: Db, row: typeof passwordResets.$inferInsert) {
  await db.insert(passwordResets).values(row)
}

export async function claimPasswordReset(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning()
  return row ?? null
}

/** Ends every way into an account: its sessions, its access tokens and its reset codes. */
export async function deleteCredentialsOf(db: Db, memberId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.memberId, memberId))
  await db.delete(accessTokens).where(eq(accessTokens.memberId, memberId))
  await db.delete(passwordResets).where(eq(passwordResets.memberId, memberId))
}

export async function insertLoginFailure(db: Db, row: { id: string; memberId: string; at: Date }) {
  await db.insert(loginFailures).values(row)
}

/** Failures since `since`, and the oldest of them (it decides when the lock lifts). */
export async function recentLoginFailures(db: Db, memberId: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.memberId, memberId), gt(loginFailures.at, since)))
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null }
}

export async function clearLoginFailures(db: Db, memberId: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.memberId, memberId))
}
