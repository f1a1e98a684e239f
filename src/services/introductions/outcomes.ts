import type { CreateIntroductionOutcome, IntroductionRole } from '../../contracts/introductions.js'
import type { MemberSummary } from '../../contracts/profile.js'
import { memberContactIdOf } from '../../db/queries/contacts.js'
import { insertOutcomes } from '../../db/queries/insights.js'
import {
  answeredOutcomesOf,
  answerOutcome,
  forwardedBy,
  type IntroductionRow,
  lockIntroduction,
  pendingOutcomeQuestions,
} from '../../db/queries/introductions.js'
import { OUTCOME_KINDS, type OutcomeKind } from '../../domain/network-health.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'
import { scheduleRescore } from '../scoring/index.js'
import { inTransaction } from '../transaction.js'
import { effectiveStatus, roleOf } from './status.js'

function otherParty(row: IntroductionRow, viewer: string): string {
  return row.requesterId === viewer ? row.targetId : row.requesterId
}

function zeroCounts(): Record<OutcomeKind, number> {
  return Object.fromEntries(OUTCOME_KINDS.map((k) => [k, 0])) as Record<OutcomeKind, number>
}

/**
 * One of the two introduced says what the introduction led to, once. It joins the member's
 * outcomes (network health, the export) and the introducer's private record.
 */
export async function recordIntroductionOutcome(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  input: CreateIntroductionOutcome,
) {
  const now = ctx.clock()
  return await inTransaction(ctx, async (scope) => {
    const { tx } = scope
    const row = await lockIntroduction(tx, id)
    const role = row === null ? null : roleOf(row, viewer)
    if (row === null || role === null) throw new AppError('not_found', 'No such introduction')
    if (role === 'introducer') {
      throw new AppError('forbidden', 'Only the two introduced say what it led to')
    }
    if (row.status !== 'accepted') throw new AppError('conflict', 'This introduction was not made')
    const note = input.note ?? null
    const stored = await answerOutcome(tx, {
      introductionId: row.id,
      memberId: viewer,
      kind: input.kind,
      note,
      at: now,
    })
    if (!stored) throw new AppError('conflict', 'You already said what this introduction led to')
    const contactId = await memberContactIdOf(tx, viewer, otherParty(row, viewer))
    await insertOutcomes(tx, [
      { id: newId(), ownerId: viewer, contactId, kind: input.kind, at: now, note },
    ])
    await scheduleRescore(scope, viewer, now)
    return { introductionId: row.id, kind: input.kind, note, at: now.toISOString() }
  })
}

/** The questions waiting for the member, in the app only: nobody is reminded. */
export async function outcomeQuestions(ctx: ServiceContext, viewer: MemberId) {
  const rows = await pendingOutcomeQuestions(ctx.db, viewer)
  const summaries = await summariesOf(
    ctx,
    rows.flatMap((r) => [otherParty(r.introduction, viewer), r.introduction.introducerId]),
  )
  return {
    items: rows.flatMap((r) => {
      const other = summaries.get(otherParty(r.introduction, viewer))
      const introducer = summaries.get(r.introduction.introducerId)
      if (other === undefined || introducer === undefined || r.askedAt === null) return []
      return [
        {
          introductionId: r.introduction.id,
          with: other,
          introducer,
          askedAt: r.askedAt.toISOString(),
        },
      ]
    }),
  }
}

/** What introductions the member was given led to, by kind and one by one. */
export async function networkProduced(ctx: ServiceContext, viewer: MemberId) {
  const answered = (
    await Promise.all(
      (['requester', 'target'] as IntroductionRole[]).map((role) =>
        answeredOutcomesOf(ctx.db, viewer, role),
      ),
    )
  )
    .flat()
    .filter((r) => r.outcome.memberId === viewer)
  const summaries = await summariesOf(
    ctx,
    answered.flatMap((r) => [otherParty(r.introduction, viewer), r.introduction.introducerId]),
  )
  const counts = zeroCounts()
  const items: {
    introductionId: string
    kind: OutcomeKind
    note: string | null
    at: string
    with: MemberSummary
    introducer: MemberSummary
  }[] = []
  for (const { introduction, outcome } of answered) {
    const other = summaries.get(otherParty(introduction, viewer))
    const introducer = summaries.get(introduction.introducerId)
    if (outcome.kind === null || outcome.answeredAt === null) continue
    const kind = outcome.kind as OutcomeKind
    counts[kind] += 1
    if (other === undefined || introducer === undefined) continue
    items.push({
      introductionId: introduction.id,
      kind,
      note: outcome.note,
      at: outcome.answeredAt.toISOString(),
      with: other,
      introducer,
    })
  }
  items.sort((a, b) => b.at.localeCompare(a.at))
  return { counts, items }
}

/**
 * The introducer's private record: what became of the requests they passed on, and what the
 * introduced said those led to (the kinds only; their notes stay theirs).
 */
export async function introducerRecord(ctx: ServiceContext, viewer: MemberId) {
  const now = ctx.clock()
  const rows = await forwardedBy(ctx.db, viewer)
  const record = { forwarded: rows.length, accepted: 0, declined: 0, expired: 0 }
  for (const row of rows) {
    const status = effectiveStatus(row, now)
    if (status === 'accepted') record.accepted += 1
    if (status === 'declined_by_target') record.declined += 1
    if (status === 'expired') record.expired += 1
  }
  const outcomes = zeroCounts()
  for (const { outcome } of await answeredOutcomesOf(ctx.db, viewer, 'introducer')) {
    if (outcome.kind !== null) outcomes[outcome.kind as OutcomeKind] += 1
  }
  return { ...record, outcomes }
}
