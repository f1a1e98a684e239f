import { and, count, desc, eq, gt, isNull, lt, min, ne, or } from 'drizzle-orm'
import type { Db } from '../client.js'
import { accessTokens, failedLogins, passwordResets, sessions } from '../schema/auth.js'

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

/** Deletes the session; returns whose it was, or null when there was none. */
export async function deleteSession(db: Db, id: string): Promise<string | null> {
  const [row] = await db
    .delete(sessions)
    .where(eq(sessions.id, id))
    .returning({ memberId: sessions.memberId })
  return row?.memberId ?? null
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

/** Whose failures count together: one account (by its key) from one client address. */
export interface LoginClient {
  accountKey: string
  clientAddress: string
}

export async function insertFailedLogin(
  db: Db,
  row: LoginClient & { id: string; at: Date },
): Promise<void> {
  await db.insert(failedLogins).values(row)
}

/** Forgets failures from before `before`; none of them can lock anyone out any more. */
export async function deleteFailedLoginsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(failedLogins).where(lt(failedLogins.at, before))
}

/** Failures of this client since `since`, and the oldest of them (it decides when the lock lifts). */
export async function recentFailedLogins(db: Db, client: LoginClient, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(failedLogins.at) })
    .from(failedLogins)
    .where(
      and(
        eq(failedLogins.accountKey, client.accountKey),
        eq(failedLogins.clientAddress, client.clientAddress),
        gt(failedLogins.at, since),
      ),
    )
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null }
}

export async function clearFailedLogins(db: Db, client: LoginClient): Promise<void> {
  await db
    .delete(failedLogins)
    .where(
      and(
        eq(failedLogins.accountKey, client.accountKey),
        eq(failedLogins.clientAddress, client.clientAddress),
      ),
    )
}

/** Clears the failures of an account from every address, as a new password makes them moot. */
export async function clearFailedLoginsOfAccount(db: Db, accountKey: string): Promise<void> {
  await db.delete(failedLogins).where(eq(failedLogins.accountKey, accountKey))
}

/**
 * Ends every way into an account but the one in use: the other sessions, the other access tokens
 * and every reset code. `keep` names the session id or token id that made the request.
 */
export async function deleteCredentialsExcept(
  db: Db,
  memberId: string,
  keep: { sessionId: string | null; tokenId: string | null },
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.memberId, memberId),
        keep.sessionId === null ? undefined : ne(sessions.id, keep.sessionId),
      ),
    )
  await db
    .delete(accessTokens)
    .where(
      and(
        eq(accessTokens.memberId, memberId),
        keep.tokenId === null ? undefined : ne(accessTokens.id, keep.tokenId),
      ),
    )
  await db.delete(passwordResets).where(eq(passwordResets.memberId, memberId))
}
