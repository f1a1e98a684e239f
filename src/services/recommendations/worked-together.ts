import type { ProposeWorkedTogether, WorkedTogether } from '../../contracts/recommendations.js'
import type { Db } from '../../db/client.js'
import { lockPair } from '../../db/queries/connections.js'
import { findMemberById } from '../../db/queries/members.js'
import {
  findWorkedTogether,
  insertWorkedTogether,
  updateWorkedTogether,
  type WorkedTogetherRow,
  workedTogetherBetween,
  workedTogetherOf,
} from '../../db/queries/recommendations.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { hasRefused } from '../blocks/index.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { engagementOf, requiredSummaries } from './views.js'

const sameEngagement = (row: WorkedTogetherRow, input: ProposeWorkedTogether) =>
  row.company.toLowerCase() === input.company.toLowerCase() &&
  row.from === input.from &&
  row.to === (input.to ?? null)

/**
 * A row as the viewer sees it. The proposer never learns of a decline (it stays `proposed`),
 * as the sender of an ignored invitation never does.
 */
export function workedTogetherView(
  row: WorkedTogetherRow,
  viewer: string,
  summaryOf: Awaited<ReturnType<typeof requiredSummaries>>,
): WorkedTogether {
  const byMe = row.proposerId === viewer
  return {
    id: row.id,
    direction: byMe ? 'by_me' : 'to_me',
    member: summaryOf(byMe ? row.otherId : row.proposerId),
    engagement: engagementOf(row),
    status: byMe && row.status === 'declined' ? 'proposed' : row.status,
    createdAt: row.createdAt.toISOString(),
  }
}

/**
 * Whether the viewer may see the row at all: its two members may, except that what comes from
 * someone the viewer refused (a block, "I don't know this person") is never delivered.
 */
async function isVisibleTo(db: Db, row: WorkedTogetherRow, viewer: string): Promise<boolean> {
  if (row.proposerId === viewer) return true
  if (row.otherId !== viewer) return false
  return !(await hasRefused(db, viewer, row.proposerId))
}

/**
 * Proposes that the viewer and another member worked together. Proposing to someone who refused
 * the viewer is accepted and never delivered; proposing to someone the viewer blocked is refused.
 * The same engagement proposed twice, or already proposed by the other side, is a conflict.
 */
export async function proposeWorkedTogether(
  ctx: ServiceContext,
  viewer: MemberId,
  input: ProposeWorkedTogether,
): Promise<WorkedTogether> {
  if (input.member === viewer)
    throw new AppError('rule_violation', 'You cannot work together with yourself')
  const now = ctx.clock()
  const row = await inTransaction(ctx, async ({ tx }) => {
    if ((await findMemberById(tx, input.member)) === null)
      throw new AppError('not_found', 'No such member')
    if (await hasRefused(tx, viewer, input.member))
      throw new AppError('rule_violation', 'You have blocked this member')
    await lockPair(tx, viewer, input.member)
    const existing = (await workedTogetherBetween(tx, viewer, input.member)).find(
      (r) => sameEngagement(r, input) && (r.proposerId === viewer || r.status !== 'declined'),
    )
    if (existing !== undefined)
      throw new AppError('conflict', 'This engagement is already proposed between you')
    return await insertWorkedTogether(tx, {
      id: newId(),
      proposerId: viewer,
      otherId: input.member,
      company: input.company,
      from: input.from,
      to: input.to ?? null,
      createdAt: now,
    })
  })
  return workedTogetherView(row, viewer, await requiredSummaries(ctx, [input.member]))
}

/** Confirms or declines a proposal made to the viewer; answering the same way twice is harmless. */
export async function answerWorkedTogether(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  answer: 'confirmed' | 'declined',
): Promise<WorkedTogether> {
  const now = ctx.clock()
  const row = await inTransaction(ctx, async ({ tx }) => {
    const row = await findWorkedTogether(tx, id)
    if (row === null || row.otherId !== viewer || !(await isVisibleTo(tx, row, viewer)))
      throw new AppError('not_found', 'No such proposal')
    if (row.status === answer) return row
    if (row.status !== 'proposed')
      throw new AppError('conflict', `This proposal is already ${row.status}`)
    return await updateWorkedTogether(tx, id, { status: answer, answeredAt: now })
  })
  return workedTogetherView(row, viewer, await requiredSummaries(ctx, [row.proposerId]))
}

/** The viewer's records, both ways, newest first. */
export async function listWorkedTogether(
  ctx: ServiceContext,
  viewer: MemberId,
): Promise<WorkedTogether[]> {
  const rows = await workedTogetherOf(ctx.db, viewer)
  const visible: WorkedTogetherRow[] = []
  for (const row of rows) if (await isVisibleTo(ctx.db, row, viewer)) visible.push(row)
  const summaryOf = await requiredSummaries(
    ctx,
    visible.map((r) => (r.proposerId === viewer ? r.otherId : r.proposerId)),
  )
  return visible.map((row) => workedTogetherView(row, viewer, summaryOf))
}
