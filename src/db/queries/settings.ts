import { eq, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { emailChanges, notificationPreferences } from '../schema/settings.js'

export type EmailChangeRow = typeof emailChanges.$inferSelect
export type NotificationPreferencesRow = typeof notificationPreferences.$inferSelect

/** Records a pending e-mail change, replacing the member's previous one. */
export async function upsertEmailChange(db: Db, row: typeof emailChanges.$inferInsert) {
  await db
    .insert(emailChanges)
    .values(row)
    .onConflictDoUpdate({
      target: emailChanges.memberId,
      set: {
        newEmail: row.newEmail,
        codeHash: row.codeHash,
        expiresAt: row.expiresAt,
        failedAttempts: 0,
      },
    })
}

/** The pending change, locked for the rest of the transaction so two confirmations cannot cross. */
export async function lockEmailChange(db: Db, memberId: string): Promise<EmailChangeRow | null> {
  const [row] = await db
    .select()
    .from(emailChanges)
    .where(eq(emailChanges.memberId, memberId))
    .for('update')
    .limit(1)
  return row ?? null
}

export async function findEmailChange(db: Db, memberId: string): Promise<EmailChangeRow | null> {
  const [row] = await db
    .select()
    .from(emailChanges)
    .where(eq(emailChanges.memberId, memberId))
    .limit(1)
  return row ?? null
}

export async function countFailedEmailCode(db: Db, memberId: string): Promise<void> {
  await db
    .update(emailChanges)
    .set({ failedAttempts: sql`${emailChanges.failedAttempts} + 1` })
    .where(eq(emailChanges.memberId, memberId))
}

export async function deleteEmailChange(db: Db, memberId: string): Promise<void> {
  await db.delete(emailChanges).where(eq(emailChanges.memberId, memberId))
}

export async function findNotificationPreferences(
  db: Db,
  memberId: string,
): Promise<NotificationPreferencesRow | null> {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.memberId, memberId))
    .limit(1)
  return row ?? null
}

export async function upsertNotificationPreferences(
  db: Db,
  row: typeof notificationPreferences.$inferInsert,
): Promise<void> {
  const { memberId: _member, ...choices } = row
  await db
    .insert(notificationPreferences)
    .values(row)
    .onConflictDoUpdate({ target: notificationPreferences.memberId, set: choices })
}
