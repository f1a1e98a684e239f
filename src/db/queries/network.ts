import type { Db } from '../client.js'
import { openNetworkerLabels } from '../schema/network.js'
import { insertInChunks } from './bulk.js'

export type OpenNetworkerLabelRow = typeof openNetworkerLabels.$inferSelect

/** Replaces the whole scan (call inside a transaction, so readers see the old one or the new one). */
export async function replaceOpenNetworkerLabels(db: Db, rows: OpenNetworkerLabelRow[]) {
  await db.delete(openNetworkerLabels)
  await insertInChunks(db, openNetworkerLabels, rows)
}

export async function allOpenNetworkerLabels(db: Db): Promise<OpenNetworkerLabelRow[]> {
  return await db.select().from(openNetworkerLabels)
}
