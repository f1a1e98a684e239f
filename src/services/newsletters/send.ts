import { findMemberById } from '../../db/queries/members.js'
import {
  audienceOf,
  claimNextMail,
  countMailOwed,
  currentTitlesOf,
  findIssue,
  insertDeliveries,
  lockIssue,
  markMailed,
  unsubscribedFrom,
  updateIssue,
} from '../../db/queries/newsletters.js'
import { seniorityOf } from '../../domain/seniority.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { JobDefinition } from '../../jobs/runner.js'
import type { ServiceContext } from '../context.js'
import { queueMail } from '../mail/index.js'
import { inTransaction, type TransactionScope } from '../transaction.js'
import { issueNotFound } from './access.js'
import { newsletterMail } from './mail-message.js'

export const SEND_JOB = 'newsletters.send'
/** The send job's lease, renewed before each mail: a sender that died is replaced this soon. */
const SEND_LEASE_MS = 10_000
/**
 * A recipient claimed longer ago than this by a sender that never marked the mail sent is in
 * doubt, and is mailed again (same Message-ID). It is longer than the lease, so a live sender
 * has renewed its lease, or lost it, before its claim is taken from it.
 */
const IN_DOUBT_MS = 2 * SEND_LEASE_MS

async function scheduleSend(schedule: TransactionScope['schedule'], issueId: string, runAt: Date) {
  await schedule({
    kind: SEND_JOB,
    payload: { issueId },
    runAt,
    singletonKey: `${SEND_JOB}:${issueId}`,
    maxAttempts: 20,
  })
}

/**
 * Sends a draft: writes the ledger (one row per recipient, which is its delivery in the app) from
 * the audience as it is now, and schedules the mail. The audience is fixed here and never grows.
 */
export async function sendIssue(ctx: ServiceContext, viewer: MemberId, id: string) {
  return await inTransaction(ctx, async ({ tx, schedule }) => {
    const issue = await lockIssue(tx, id)
    if (issue === null || issue.authorId !== viewer) throw issueNotFound()
    if (issue.status !== 'draft') throw new AppError('conflict', 'This issue was sent already')
    const audience = await audienceOf(tx, viewer, issue.audienceCircle)
    if (audience.length === 0) {
      throw new AppError('rule_violation', 'Nobody is in this audience yet')
    }
    const titles = await currentTitlesOf(
      tx,
      audience.map((a) => a.memberId),
    )
    const unsubscribed = await unsubscribedFrom(tx, viewer)
    const now = ctx.clock()
    await insertDeliveries(
      tx,
      audience.map((a) => ({
        issueId: id,
        recipientId: a.memberId,
        circles: a.circles,
        // The author's own record of the person first: it is what a headhunter keeps current.
        seniority: seniorityOf(a.contactTitle ?? titles.get(a.memberId) ?? ''),
        mailState: unsubscribed.has(a.memberId) ? ('unsubscribed' as const) : ('pending' as const),
        deliveredAt: now,
      })),
    )
    await updateIssue(tx, id, { status: 'sending', sentAt: now })
    await scheduleSend(schedule, id, now)
    return { status: 'sending' as const, recipients: audience.length }
  })
}

/** Stops the mail between two recipients; those already mailed stay mailed. */
export async function pauseIssue(ctx: ServiceContext, viewer: MemberId, id: string) {
  return await inTransaction(ctx, async ({ tx }) => {
    const issue = await lockIssue(tx, id)
    if (issue === null || issue.authorId !== viewer) throw issueNotFound()
    if (issue.status !== 'sending') throw new AppError('conflict', 'This issue is not being sent')
    await updateIssue(tx, id, { status: 'paused' })
    return { status: 'paused' as const, recipients: await countMailOwed(tx, id) }
  })
}

/** Carries on from the ledger: who was mailed is not mailed again, who was not is mailed. */
export async function resumeIssue(ctx: ServiceContext, viewer: MemberId, id: string) {
  return await inTransaction(ctx, async ({ tx, schedule }) => {
    const issue = await lockIssue(tx, id)
    if (issue === null || issue.authorId !== viewer) throw issueNotFound()
    if (issue.status !== 'paused') throw new AppError('conflict', 'This issue is not paused')
    await updateIssue(tx, id, { status: 'sending' })
    await scheduleSend(schedule, id, ctx.clock())
    return { status: 'sending' as const, recipients: await countMailOwed(tx, id) }
  })
}

/**
 * Mails each recipient the ledger still owes, one at a time: the claim commits before the mail
 * goes, and "sent" commits after it, each in its own transaction. Without SMTP the outbox row and
 * "sent" commit together, so the outbox holds each mail exactly once.
 */
async function runSend(ctx: ServiceContext, issueId: string, renewLease: () => Promise<boolean>) {
  const first = await findIssue(ctx.db, issueId)
  if (first === null) return
  const author = await findMemberById(ctx.db, first.authorId)
  for (;;) {
    if (!(await renewLease())) return
    const issue = await findIssue(ctx.db, issueId)
    if (issue === null || issue.status !== 'sending') return
    const now = ctx.clock()
    const claimed = await inTransaction(ctx, async ({ tx }) =>
      claimNextMail(tx, issueId, now, new Date(now.getTime() - IN_DOUBT_MS)),
    )
    if (claimed === null) {
      await inTransaction(ctx, async ({ tx, schedule }) => {
        const locked = await lockIssue(tx, issueId)
        if (locked?.status !== 'sending') return
        if ((await countMailOwed(tx, issueId)) === 0) {
          await updateIssue(tx, issueId, { status: 'sent' })
        } else {
          // Another sender holds the rest, or left it in doubt: look again once that is settled.
          await scheduleSend(schedule, issueId, new Date(now.getTime() + IN_DOUBT_MS))
        }
      })
      return
    }
    const mail = newsletterMail(ctx.config, issue, author?.name ?? 'A member', {
      id: claimed.recipientId,
      email: claimed.email,
    })
    if (ctx.mail === null) {
      await inTransaction(ctx, async ({ tx }) => {
        await queueMail(tx, mail, now)
        await markMailed(tx, issueId, claimed.recipientId, now)
      })
    } else {
      await ctx.mail.send(mail)
      await inTransaction(ctx, async ({ tx }) => {
        await markMailed(tx, issueId, claimed.recipientId, ctx.clock())
      })
    }
  }
}

export function newsletterJobs(ctx: ServiceContext): JobDefinition[] {
  return [
    {
      kind: SEND_JOB,
      leaseMs: SEND_LEASE_MS,
      maxAttempts: 20,
      run: async (job) => {
        const issueId = job.payload.issueId
        if (typeof issueId !== 'string') return
        await runSend(ctx, issueId, job.renewLease)
      },
    },
  ]
}
