import type { Db } from '../../db/client.js'
import { connectionsWithoutContact, insertContacts } from '../../db/queries/contacts.js'
import { newId } from '../../ids.js'
import { summariesOf } from '../members/index.js'

/**
 * Every connection is a contact: creates the missing contact rows for the owner's active
 * connections, with how they met and since when copied from the connection.
 */
export async function syncConnectionContacts(db: Db, ownerId: string, now: Date): Promise<void> {
  const missing = await connectionsWithoutContact(db, ownerId)
  if (missing.length === 0) return
  const summaries = await summariesOf(
    db,
    missing.map((m) => m.member.id),
  )
  await insertContacts(
    db,
    missing.map((m) => {
      const s = summaries.get(m.member.id)
      const how = m.howWeMet
      return {
        id: newId(),
        ownerId,
        memberId: m.member.id,
        name: m.member.name,
        email: null,
        company: s?.company ?? null,
        title: s?.title ?? null,
        howMet: how.kind,
        howMetNote: howMetNoteOf(how),
        since: m.since,
        source: 'platform',
        createdAt: now,
      }
    }),
  )
}

function howMetNoteOf(how: {
  kind: string
  company?: string | undefined
  place?: string | undefined
  detail?: string | undefined
}) {
  if (how.kind === 'worked_together' && how.company) return `at ${how.company}`
  if (how.kind === 'met_in_person' && how.place) return `at ${how.place}`
  return how.detail ?? null
}
