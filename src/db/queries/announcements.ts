import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'

/** Queues a notification on the channel; PostgreSQL delivers it to listeners only if the transaction commits. */
export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`)
}
