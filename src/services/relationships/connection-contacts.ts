import type { Db } from '../../db/client.js'
import { connectionsWithoutContact, insertContacts } from '../../db/queries/contacts.js'
import { newId } from '../../ids.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { summariesWithin } from '../members/index.js'
import { transactionalJob } from '../transaction.js'

/**
 * Every connection is a contact: creates the missing contact rows for the owner's active
 * connections (everyone's, with `ownerId` null), with how they met and since when copied from
 * the connection. Called in the transaction that makes a connection, so reads never write.
 */
export async function syncConnectionContacts(
  db: Db,
  ownerId: string | null,
  now: Date,
): Promise<void> {
  const missing = await connectionsWithoutContact(db, ownerId)
  if (missing.length === 0) return
  const summaries = await summariesWithin(db, [...new Set(missing.map((m) => m.memberId))])
  await insertContacts(
    db,
    missing.map((m) => {
      const s = summaries.get(m.memberId)
      const how = m.howWeMet
      return {
        id: newId(),
        ownerId: m.ownerId,
        memberId: m.memberId,
        name: m.name,
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

/** The one-off job that gives connections made before contacts existed their contacts. */
export function connectionContactJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    transactionalJob(ctx, {
      kind: 'relationships.sync-connection-contacts',
      run: async (scoped) => await syncConnectionContacts(scoped.db, null, scoped.clock()),
    }),
  ]
}
