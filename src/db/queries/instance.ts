import { and, count, desc, eq, gt, isNull, min } from 'drizzle-orm'
import type { Db } from '../client.js'
import { mailOutbox, rateEvents, settings } from '../schema/instance.js'

export async function countRateEvents(db: Db, kind: string, key: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(rateEvents.at) })
    .from(rateEvents)
    .where(and(eq(rateEvents.kind, kind), eq(rateEvents.key, key), gt(rateEvents.at, since)))
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null }
}

export async function insertRateEvent(
  db: Db,
  row: { id: string; kind: string; key: string; at: Date },
): Promise<void> {
  await db.insert(rateEvents).values(row)
}

export async function readSetting(db: Db, key: string): Promise<unknown> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key)).limit(1)
  return row?.value ?? null
}

export async function writeSetting(db: Db, key: string, value: unknown, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
}

export type MailRow = typeof mailOutbox.$inferSelect

export async function insertMail(db: Db, row: typeof mailOutbox.$inferInsert): Promise<void> {
  await db.insert(mailOutbox).values(row)
}

export async function markMailSent(db: Db, id: string, at: Date): Promise<void> {
  await db.update(mailOutbox).set({ sentAt: at, error: null }).where(eq(mailOutbox.id, id))
}

export async function markMailFailed(db: Db, id: string, error: string): Promise<void> {
  await db.update(mailOutbox).set({ error }).where(eq(mailOutbox.id, id))
}

export async function unsentMail(db: Db): Promise<MailRow[]> {
  return await db.select().from(mailOutbox).where(isNull(mailOutbox.sentAt))
}

export async function recentMail(db: Db, limit: number): Promise<MailRow[]> {
  return await db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit)
}
