import type { MemberSummary } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'
import { directoryRows } from '../../db/queries/members.js'
import type { ServiceContext } from '../context.js'
import { entriesFrom } from './directory-entry.js'

/**
 * Summaries of the given members, keyed by id (unknown ids are left out): from the member
 * directory, or, in a context whose database is an open transaction, as that transaction sees them.
 */
export async function summariesOf(
  ctx: Pick<ServiceContext, 'db' | 'directory'>,
  ids: readonly string[],
): Promise<Map<string, MemberSummary>> {
  return await ctx.directory.summaries(ctx.db, ids)
}

/**
 * Summaries as an open transaction sees them, its own changes included, in one statement: for
 * work inside a transaction, whose changes the directory does not hold until they commit.
 */
export async function summariesWithin(
  tx: Db,
  ids: readonly string[],
): Promise<Map<string, MemberSummary>> {
  return new Map(entriesFrom(await directoryRows(tx, ids)).map((e) => [e.summary.id, e.summary]))
}
