import type { CreatePost } from '../../contracts/posts.js'
import { insertPost, setPostHidden } from '../../db/queries/posts.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { authoredPost, readablePost } from './access.js'
import { presentPosts } from './view.js'

/**
 * Shares a note or a link. The audience is stored as named (a circle, or every connection) and
 * read when the post is, so who reads it follows the author's circles as they are.
 */
export async function sharePost(ctx: ServiceContext, viewer: MemberId, input: CreatePost) {
  const id = newId()
  await insertPost(ctx.db, {
    id,
    authorId: viewer,
    title: input.title ?? null,
    body: input.body,
    link: input.link ?? null,
    audienceCircle: 'circle' in input.audience ? input.audience.circle : null,
    createdAt: ctx.clock(),
  })
  return { id }
}

export async function getPost(ctx: ServiceContext, viewer: MemberId | null, id: string) {
  const post = await readablePost(ctx.db, viewer, id)
  const [view] = await presentPosts(ctx, viewer as MemberId, [post])
  return view as NonNullable<typeof view>
}

/** Hides (or shows again) the author's post: hidden, it is gone from every feed and every reader. */
export async function setHidden(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  hidden: boolean,
) {
  await inTransaction(ctx, async ({ tx }) => {
    const post = await authoredPost(tx, viewer, id)
    await setPostHidden(tx, post.id, hidden ? (post.hiddenAt ?? ctx.clock()) : null)
  })
}
