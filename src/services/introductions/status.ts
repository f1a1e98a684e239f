import type { IntroductionRole, IntroductionStatus } from '../../contracts/introductions.js'
import type { IntroductionRow } from '../../db/queries/introductions.js'

export const DAY_MS = 24 * 3600_000
/** A request nobody decides on within this long expires, silently. */
export const INTRODUCTION_LIFETIME_MS = 14 * DAY_MS
/** How long after acceptance the two introduced are asked what it led to. */
export const OUTCOME_QUESTION_AFTER_MS = 30 * DAY_MS
export const OPEN_PER_INTRODUCER = 3

export function isOpen(row: IntroductionRow, now: Date): boolean {
  return (row.status === 'requested' || row.status === 'forwarded') && row.expiresAt > now
}

/** The stored status, with an open request past its time read as expired before its job runs. */
export function effectiveStatus(row: IntroductionRow, now: Date): IntroductionRow['status'] {
  const open = row.status === 'requested' || row.status === 'forwarded'
  return open && row.expiresAt <= now ? 'expired' : row.status
}

/**
 * The status as the viewer may know it: a decline reaches the requester as "not this time", and
 * the introducer learns no more of the target's. A request never delivered (`silent`) stays
 * `requested` to its requester until it expires, as one nobody answered would.
 */
export function statusFor(
  row: IntroductionRow,
  role: IntroductionRole,
  now: Date,
): IntroductionStatus {
  const status = effectiveStatus(row, now)
  if (role === 'requester') {
    if (status === 'declined_by_introducer' || status === 'declined_by_target')
      return 'not_this_time'
    return status
  }
  if (role === 'introducer' && status === 'declined_by_target') return 'not_this_time'
  return status
}

/** The viewer's role in the request, if they have one. */
export function roleOf(row: IntroductionRow, viewer: string): IntroductionRole | null {
  if (row.requesterId === viewer) return 'requester'
  if (row.introducerId === viewer && !row.silent) return 'introducer'
  if (row.targetId === viewer && !row.silent && row.forwardedAt !== null) return 'target'
  return null
}
