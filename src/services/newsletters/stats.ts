import type { IssueStats } from '../../contracts/newsletters.js'
import { type DeliveryRow, deliveriesOf } from '../../db/queries/newsletters.js'
import { SENIORITY_BANDS, type Seniority } from '../../domain/seniority.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { authoredIssue } from './access.js'

/** Below this many recipients a group's rate would single people out, and says too little. */
export const FEWEST_TO_TELL = 5

function groupOf(rows: DeliveryRow[]) {
  const reads = rows.filter((r) => r.readAt !== null).length
  const enough = rows.length >= FEWEST_TO_TELL
  return {
    recipients: rows.length,
    reads: enough ? reads : 0,
    readRate: enough ? reads / rows.length : null,
    note: enough ? null : 'too few to tell',
  }
}

function isBand(value: string): value is Seniority {
  return (SENIORITY_BANDS as readonly string[]).includes(value)
}

/**
 * Reads are in-app opens by signed-in recipients; visits from mail links are counted apart and
 * never as reads (a mail client or a scanner may follow a link nobody read).
 */
export async function issueStats(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
): Promise<IssueStats> {
  await authoredIssue(ctx.db, viewer, id)
  const rows = await deliveriesOf(ctx.db, id)
  const reads = rows.filter((r) => r.readAt !== null).length
  const bySeniority = Object.fromEntries(
    SENIORITY_BANDS.map((band) => [
      band,
      groupOf(rows.filter((r) => (isBand(r.seniority) ? r.seniority : 'unknown') === band)),
    ]),
  ) as IssueStats['bySeniority']
  const circles = [...new Set(rows.flatMap((r) => r.circles))].sort()
  const byCircle = Object.fromEntries(
    circles.map((c) => [c, groupOf(rows.filter((r) => r.circles.includes(c)))]),
  )
  return {
    recipients: rows.length,
    reads,
    readRate: rows.length === 0 ? null : reads / rows.length,
    mailed: rows.filter((r) => r.mailState === 'sent').length,
    mailOwed: rows.filter((r) => r.mailState === 'pending' || r.mailState === 'sending').length,
    unsubscribed: rows.filter((r) => r.mailState === 'unsubscribed').length,
    emailLinkVisits: rows.reduce((sum, r) => sum + r.linkVisits, 0),
    bySeniority,
    byCircle,
  }
}
