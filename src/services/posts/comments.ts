import { deleteComment, findComment, insertComment } from '../../db/queries/posts.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { readablePost } from './access.js'

/** A comment by someone who may read the post (the author or its audience). */
export async function addComment(
  ctx: ServiceContext,
  viewer: MemberId,
  postId: string,
  body: string,
) {
  const post = await readablePost(ctx.db, viewer, postId)
  const id = newId()
  await insertComment(ctx.db, {
    id,
    postId: post.id,
    authorId: viewer,
    body,
    createdAt: ctx.clock(),
  })
  return { id }
}

/** Deletes a comment: its writer may, and so may the post's author, on their own post. */
export async function removeComment(
  ctx: ServiceContext,
  viewer: MemberId,
  postId: string,
  commentId: string,
) {
  await inTransaction(ctx, async ({ tx }) => {
    const post = await readablePost(tx, viewer, postId)
    const comment = await findComment(tx, post.id, commentId)
    if (comment === null) throw new AppError('not_found', 'No such comment')
    if (comment.authorId !== viewer && post.authorId !== viewer) {
      throw new AppError('not_found', 'No such comment')
    }
    await deleteComment(tx, comment.id)
  })
}
