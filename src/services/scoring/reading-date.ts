import { latestActivityOf } from '../../db/queries/activity.js'
import type { ContactRow } from '../../db/queries/contacts.js'
import type { ServiceContext } from '../context.js'

/** What an analysis is read as of: the export's own date, or today. */
export const READING_BASES = ['export', 'today'] as const
export type ReadingBasis = (typeof READING_BASES)[number]

export interface ReadingDate {
  /** The instant the analysis is read as of. */
  at: Date
  /** `export` when the history is read as of its horizon, else `today`. */
  basis: ReadingBasis
  /** The horizon of an imported history older than today, whichever basis was asked for. */
  exportDate: Date | null
}

const DAY_MS = 86_400_000

/**
 * The date a member's history is read as of (decision 0050). An imported history ends at its
 * horizon, its latest record; read today, every tie in it would look years old. So when the
 * member has imported and the horizon falls before today, the analysis is read as of the
 * horizon, unless `today` is asked for. Anything dated later — an interaction logged here, a
 * connection made here — is part of the history and moves the horizon forward. Derived from the
 * stored rows each time: a read writes nothing.
 */
export async function readingDateOf(
  ctx: ServiceContext,
  ownerId: string,
  rows: readonly Pick<ContactRow, 'since'>[],
  requested: ReadingBasis,
): Promise<ReadingDate> {
  const today = ctx.clock()
  const { latest, imported } = await latestActivityOf(ctx.db, ownerId)
  let horizon = latest?.getTime() ?? Number.NEGATIVE_INFINITY
  for (const r of rows) {
    const t = r.since?.getTime()
    if (t !== undefined && t > horizon) horizon = t
  }
  const older = imported && Number.isFinite(horizon) && dayOf(horizon) < dayOf(today.getTime())
  const exportDate = older ? new Date(horizon) : null
  if (exportDate !== null && requested === 'export') {
    return { at: exportDate, basis: 'export', exportDate }
  }
  return { at: today, basis: 'today', exportDate }
}

function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * The words every page and report shows with an analysis.
 *
 * @example
 * readingLabel({ at: new Date('2024-12-16'), basis: 'export', exportDate: new Date('2024-12-16') })
 * // => 'as of 16 Dec 2024, the date of your export'
 */
export function readingLabel(date: ReadingDate): string {
  if (date.basis === 'today') return 'as of today'
  const d = date.at
  return `as of ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, the date of your export`
}

/** A reading date as the API shows it. */
export function readingView(date: ReadingDate) {
  return {
    at: date.at.toISOString(),
    basis: date.basis,
    exportDate: date.exportDate?.toISOString() ?? null,
    label: readingLabel(date),
  }
}
