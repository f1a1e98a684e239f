import {
  askOutcome,
  type IntroductionRow,
  lockIntroduction,
  updateIntroduction,
} from '../../db/queries/introductions.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { type TransactionScope, transactionalJob } from '../transaction.js'
import { discardResumes, NO_RESUME } from './resume-files.js'
import { OUTCOME_QUESTION_AFTER_MS } from './status.js'

const EXPIRE = 'introductions.expire'
const ASK_OUTCOME = 'introductions.ask-outcome'

/** Expires the request at its `expiresAt` if nobody has decided by then; a later step moves it on. */
export async function scheduleExpiry(scope: TransactionScope, row: IntroductionRow) {
  await scope.schedule({
    kind: EXPIRE,
    payload: { id: row.id },
    runAt: row.expiresAt,
    singletonKey: `introduction-expiry:${row.id}:${row.expiresAt.getTime()}`,
  })
}

/** Asks the two introduced, once each and in the app only, what the introduction led to. */
export async function scheduleOutcomeQuestion(
  scope: TransactionScope,
  row: IntroductionRow,
  acceptedAt: Date,
) {
  await scope.schedule({
    kind: ASK_OUTCOME,
    payload: { id: row.id },
    runAt: new Date(acceptedAt.getTime() + OUTCOME_QUESTION_AFTER_MS),
    singletonKey: `introduction-outcome:${row.id}`,
  })
}

export function introductionJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    transactionalJob(ctx, {
      kind: EXPIRE,
      run: async (scoped, payload) => {
        const now = scoped.clock()
        const row = await lockIntroduction(scoped.db, String(payload.id))
        if (row === null) return
        const open = row.status === 'requested' || row.status === 'forwarded'
        // Nobody is told: the request simply stops waiting, and a résumé it carried goes.
        if (open && row.expiresAt <= now) {
          await updateIntroduction(scoped.db, row.id, {
            status: 'expired',
            decidedAt: now,
            ...NO_RESUME,
          })
          await discardResumes(scoped, [row.resumeFile])
        }
      },
    }),
    transactionalJob(ctx, {
      kind: ASK_OUTCOME,
      run: async (scoped, payload) => {
        const row = await lockIntroduction(scoped.db, String(payload.id))
        if (row === null || row.status !== 'accepted') return
        const now = scoped.clock()
        await askOutcome(scoped.db, row.id, row.requesterId, now)
        await askOutcome(scoped.db, row.id, row.targetId, now)
      },
    }),
  ]
}

/**
 * The jobs loaded introductions would have scheduled: expiry for the open ones, and the outcome
 * question for those accepted less than thirty days ago.
 */
export async function scheduleDemoIntroductionJobs(
  scope: TransactionScope,
  rows: readonly IntroductionRow[],
  now: Date,
) {
  for (const row of rows) {
    if (row.status === 'requested' || row.status === 'forwarded') await scheduleExpiry(scope, row)
    const accepted = row.status === 'accepted' ? row.decidedAt : null
    if (accepted !== null && accepted.getTime() + OUTCOME_QUESTION_AFTER_MS > now.getTime()) {
      await scheduleOutcomeQuestion(scope, row, accepted)
    }
  }
}
