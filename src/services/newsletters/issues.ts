import type { Audience, CreateIssue, IssueView } from '../../contracts/newsletters.js'
import { findMemberById } from '../../db/queries/members.js'
import {
  type IssueRow,
  insertIssue,
  issuesBy,
  markRead,
  receivedBy,
} from '../../db/queries/newsletters.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import { newSecret } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { readableIssue } from './access.js'
import { renderMarkdown } from './render-markdown.js'

export function audienceOfIssue(issue: IssueRow): Audience {
  return issue.audienceCircle === null ? { allConnections: true } : { circle: issue.audienceCircle }
}

export async function createIssue(ctx: ServiceContext, viewer: MemberId, input: CreateIssue) {
  const id = newId()
  await insertIssue(ctx.db, {
    id,
    authorId: viewer,
    subject: input.subject,
    markdown: input.markdown,
    audienceCircle: 'circle' in input.audience ? input.audience.circle : null,
    unsubscribeKey: newSecret(),
    createdAt: ctx.clock(),
  })
  return { id }
}

/** The HTML an issue's Markdown becomes, exactly as readers will see it. */
export function previewIssue(markdown: string) {
  return { html: renderMarkdown(markdown) }
}

export async function getIssue(
  ctx: ServiceContext,
  viewer: MemberId | null,
  id: string,
): Promise<IssueView> {
  const { issue, isAuthor } = await readableIssue(ctx.db, viewer, id)
  const author = await findMemberById(ctx.db, issue.authorId)
  return {
    id: issue.id,
    subject: issue.subject,
    html: renderMarkdown(issue.markdown),
    author: { id: issue.authorId, name: author?.name ?? '' },
    createdAt: issue.createdAt.toISOString(),
    sentAt: issue.sentAt?.toISOString() ?? null,
    markdown: isAuthor ? issue.markdown : null,
    audience: isAuthor ? audienceOfIssue(issue) : null,
    status: isAuthor ? issue.status : null,
  }
}

export async function listMyIssues(ctx: ServiceContext, viewer: MemberId) {
  const rows = await issuesBy(ctx.db, viewer)
  return {
    items: rows.map((r) => ({
      id: r.id,
      subject: r.subject,
      status: r.status,
      audience: audienceOfIssue(r),
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
    })),
  }
}

export async function receivedIssues(ctx: ServiceContext, viewer: MemberId) {
  const rows = await receivedBy(ctx.db, viewer)
  return {
    items: rows.map((r) => ({
      id: r.id,
      subject: r.subject,
      author: { id: r.authorId, name: r.authorName },
      deliveredAt: r.deliveredAt.toISOString(),
      read: r.readAt !== null,
    })),
  }
}

/**
 * An in-app open by a signed-in recipient, posted by the reader's client: the only thing that
 * counts as a read. The author's own opens count for nothing.
 */
export async function recordRead(ctx: ServiceContext, viewer: MemberId, id: string) {
  const { isAuthor } = await readableIssue(ctx.db, viewer, id)
  if (isAuthor) return
  await inTransaction(ctx, async ({ tx }) => {
    await markRead(tx, id, viewer, ctx.clock())
  })
}

export function draftOnly(issue: IssueRow): void {
  if (issue.status !== 'draft') throw new AppError('conflict', 'This issue was sent already')
}
