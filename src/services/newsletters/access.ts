import type { Db } from '../../db/client.js'
import { findDelivery, findIssue, type IssueRow } from '../../db/queries/newsletters.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'

export function issueNotFound(): AppError {
  return new AppError('not_found', 'No such issue')
}

/**
 * The issue if the viewer may read it: its author, or a member it was delivered to. Anyone else,
 * signed out included, learns nothing, not even that it exists.
 */
export async function readableIssue(
  db: Db,
  viewer: MemberId | null,
  id: string,
): Promise<{ issue: IssueRow; isAuthor: boolean }> {
  if (viewer === null) throw new AppError('unauthenticated', 'Sign in to read this issue')
  const issue = await findIssue(db, id)
  if (issue === null) throw issueNotFound()
  if (issue.authorId === viewer) return { issue, isAuthor: true }
  if ((await findDelivery(db, id, viewer)) === null) throw issueNotFound()
  return { issue, isAuthor: false }
}

export async function authoredIssue(db: Db, viewer: MemberId, id: string): Promise<IssueRow> {
  const issue = await findIssue(db, id)
  if (issue === null || issue.authorId !== viewer) throw issueNotFound()
  return issue
}
