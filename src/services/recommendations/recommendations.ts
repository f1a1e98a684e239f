import type { Recommendation, WriteRecommendation } from '../../contracts/recommendations.js'
import type { Db } from '../../db/client.js'
import { lockPair } from '../../db/queries/connections.js'
import { findMemberById } from '../../db/queries/members.js'
import {
  findRecommendation,
  findRecommendationFor,
  insertRecommendation,
  type RecommendationRow,
  recommendationsBy,
  recommendationsFor,
  updateRecommendation,
  type WorkedTogetherRow,
  workedTogetherBetween,
  workedTogetherByIds,
} from '../../db/queries/recommendations.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { hasRefused } from '../blocks/index.js'
import type { ServiceContext } from '../context.js'
import { recordPlatformInteraction } from '../relationships/index.js'
import { inTransaction } from '../transaction.js'
import { engagementOf, requiredSummaries } from './views.js'

const MISSING_CONFIRMATION =
  'No confirmed worked-together record with this member: propose one (POST /api/worked-together) and have them confirm it'

/**
 * The confirmed engagement a new recommendation is about: the one named, or the only confirmed
 * one between the two. Anything else is a 422 that says what is missing.
 */
function engagementFor(
  confirmed: WorkedTogetherRow[],
  named: string | undefined,
): WorkedTogetherRow {
  if (named !== undefined) {
    const chosen = confirmed.find((r) => r.id === named)
    if (chosen === undefined) {
      throw new AppError('rule_violation', MISSING_CONFIRMATION, {
        errors: [
          {
            path: 'engagement',
            message: 'not a confirmed worked-together record between you and this member',
          },
        ],
      })
    }
    return chosen
  }
  const [only, ...more] = confirmed
  if (only === undefined) {
    throw new AppError('rule_violation', MISSING_CONFIRMATION, {
      errors: [{ path: 'for', message: 'no confirmed worked-together record with this member' }],
    })
  }
  if (more.length > 0) {
    throw new AppError(
      'rule_violation',
      'You worked together more than once: say which engagement',
      {
        errors: [
          { path: 'engagement', message: `one of ${confirmed.map((r) => r.id).join(', ')}` },
        ],
      },
    )
  }
  return only
}

/**
 * Writes a recommendation for a member the viewer has a confirmed engagement with, once per
 * engagement. It waits for the subject's approval. Writing one is a give, recorded in both
 * members' logs; to a subject who refused the viewer it is accepted and never delivered.
 */
export async function writeRecommendation(
  ctx: ServiceContext,
  viewer: MemberId,
  input: WriteRecommendation,
): Promise<Recommendation> {
  const subject = input.for
  if (subject === viewer) throw new AppError('rule_violation', 'You cannot recommend yourself')
  const now = ctx.clock()
  const row = await inTransaction(ctx, async (scope) => {
    const { tx } = scope
    if ((await findMemberById(tx, subject)) === null)
      throw new AppError('not_found', 'No such member')
    if (await hasRefused(tx, viewer, subject))
      throw new AppError('rule_violation', 'You have blocked this member')
    await lockPair(tx, viewer, subject)
    const confirmed = (await workedTogetherBetween(tx, viewer, subject)).filter(
      (r) => r.status === 'confirmed',
    )
    const engagement = engagementFor(confirmed, input.engagement)
    if ((await findRecommendationFor(tx, viewer, subject, engagement.id)) !== null)
      throw new AppError('conflict', 'You already recommended this member for this engagement')
    const row = await insertRecommendation(tx, {
      id: newId(),
      authorId: viewer,
      subjectId: subject,
      engagementId: engagement.id,
      body: input.body,
      createdAt: now,
    })
    const dedupeKey = `recommendation:${row.id}`
    await recordPlatformInteraction(scope, viewer, subject, {
      kind: 'recommendation',
      at: now,
      by: 'member',
      dedupeKey,
    })
    if (!(await hasRefused(tx, subject, viewer))) {
      await recordPlatformInteraction(scope, subject, viewer, {
        kind: 'recommendation',
        at: now,
        by: 'contact',
        dedupeKey,
      })
    }
    return row
  })
  const [view] = await viewsOf(ctx, [row], viewer)
  if (view === undefined) throw new Error('recommendation not visible to its author')
  return view
}

/** The recommendation, if it was written for the viewer and delivered to them. */
async function receivedBy(db: Db, id: string, viewer: MemberId): Promise<RecommendationRow> {
  const row = await findRecommendation(db, id)
  if (row === null || row.subjectId !== viewer || (await hasRefused(db, viewer, row.authorId)))
    throw new AppError('not_found', 'No such recommendation')
  return row
}

/** What the subject may do: approve (shown on the profile), hide, and show again what was hidden. */
export type RecommendationAction = 'approve' | 'hide' | 'unhide'

/**
 * Applies the subject's decision. Approving twice is harmless; showing again a hidden one that was
 * never approved puts it back to pending, since only an approval puts it on the profile.
 */
export async function decideRecommendation(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  action: RecommendationAction,
): Promise<Recommendation> {
  const now = ctx.clock()
  const row = await inTransaction(ctx, async ({ tx }) => {
    const row = await receivedBy(tx, id, viewer)
    switch (action) {
      case 'approve':
        if (row.status === 'approved') return row
        return await updateRecommendation(tx, id, {
          status: 'approved',
          approvedAt: row.approvedAt ?? now,
        })
      case 'hide':
        return row.status === 'hidden'
          ? row
          : await updateRecommendation(tx, id, { status: 'hidden' })
      case 'unhide':
        if (row.status !== 'hidden') return row
        return await updateRecommendation(tx, id, {
          status: row.approvedAt === null ? 'pending' : 'approved',
        })
    }
  })
  const [view] = await viewsOf(ctx, [row], viewer)
  if (view === undefined) throw new Error('recommendation not visible to its subject')
  return view
}

/**
 * The recommendations written for the viewer (all of them, to decide on) or by the viewer. The
 * author sees `pending` or `approved` only: whether the subject hid it is theirs to know.
 */
export async function listRecommendations(
  ctx: ServiceContext,
  viewer: MemberId,
  query: { box: 'received' | 'written'; status?: Recommendation['status'] | undefined },
): Promise<Recommendation[]> {
  const rows =
    query.box === 'received'
      ? await deliveredTo(ctx.db, await recommendationsFor(ctx.db, viewer), viewer)
      : await recommendationsBy(ctx.db, viewer)
  const views = await viewsOf(ctx, rows, viewer)
  return query.status === undefined ? views : views.filter((v) => v.status === query.status)
}

async function deliveredTo(db: Db, rows: RecommendationRow[], viewer: MemberId) {
  const delivered: RecommendationRow[] = []
  for (const row of rows) if (!(await hasRefused(db, viewer, row.authorId))) delivered.push(row)
  return delivered
}

/** Views of rows the viewer may see, with both members and the engagement. */
export async function viewsOf(
  ctx: ServiceContext,
  rows: RecommendationRow[],
  viewer: string | null,
): Promise<Recommendation[]> {
  const engagements = await workedTogetherByIds(
    ctx.db,
    rows.map((r) => r.engagementId),
  )
  const summaryOf = await requiredSummaries(
    ctx,
    rows.flatMap((r) => [r.authorId, r.subjectId]),
  )
  return rows.flatMap((row) => {
    const engagement = engagements.get(row.engagementId)
    if (engagement === undefined) return []
    const asAuthor = viewer === row.authorId && viewer !== row.subjectId
    const status =
      asAuthor && row.status === 'hidden'
        ? row.approvedAt === null
          ? 'pending'
          : 'approved'
        : row.status
    return [
      {
        id: row.id,
        author: summaryOf(row.authorId),
        subject: summaryOf(row.subjectId),
        body: row.body,
        engagement: engagementOf(engagement),
        status,
        createdAt: row.createdAt.toISOString(),
        approvedAt: row.approvedAt?.toISOString() ?? null,
      },
    ]
  })
}
