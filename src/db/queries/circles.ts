import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { contacts } from '../schema/contacts.js'
import { cadences } from '../schema/insights.js'

/** Puts the circle's name on each of the owner's contacts given that does not carry it yet. */
export async function addToCircle(db: Db, ownerId: string, name: string, ids: string[]) {
  if (ids.length === 0) return
  await db
    .update(contacts)
    .set({ circles: sql`array_append(${contacts.circles}, ${name}::text)` })
    .where(
      and(
        eq(contacts.ownerId, ownerId),
        inArray(contacts.id, ids),
        sql`not (${name}::text = any(${contacts.circles}))`,
      ),
    )
}

/** Takes the circle's name off the given contacts of the owner, or off all of them. */
export async function removeFromCircle(db: Db, ownerId: string, name: string, ids?: string[]) {
  await db
    .update(contacts)
    .set({ circles: sql`array_remove(${contacts.circles}, ${name}::text)` })
    .where(
      and(
        eq(contacts.ownerId, ownerId),
        ids === undefined ? undefined : inArray(contacts.id, ids),
        sql`${name}::text = any(${contacts.circles})`,
      ),
    )
}

/** Renames a circle on every contact of the owner, keeping each name once on each contact. */
export async function renameCircleOnContacts(db: Db, ownerId: string, from: string, to: string) {
  await db
    .update(contacts)
    .set({
      circles: sql`array_append(array_remove(array_remove(${contacts.circles}, ${from}::text), ${to}::text), ${to}::text)`,
    })
    .where(and(eq(contacts.ownerId, ownerId), sql`${from}::text = any(${contacts.circles})`))
}

export async function circleExists(db: Db, ownerId: string, name: string): Promise<boolean> {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), sql`${name}::text = any(${contacts.circles})`))
    .limit(1)
  return row !== undefined
}

/** Moves a circle's stay-in-touch cadence to its new name, unless the new name has its own. */
export async function renameCadence(db: Db, ownerId: string, from: string, to: string) {
  const [taken] = await db
    .select({ days: cadences.days })
    .from(cadences)
    .where(and(eq(cadences.ownerId, ownerId), eq(cadences.circle, to)))
  if (taken !== undefined) {
    await deleteCadence(db, ownerId, from)
    return
  }
  await db
    .update(cadences)
    .set({ circle: to })
    .where(and(eq(cadences.ownerId, ownerId), eq(cadences.circle, from)))
}

export async function deleteCadence(db: Db, ownerId: string, circle: string) {
  await db.delete(cadences).where(and(eq(cadences.ownerId, ownerId), eq(cadences.circle, circle)))
}
