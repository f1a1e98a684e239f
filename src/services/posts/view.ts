import type { PostView } from '../../contracts/posts.js'
import { type CommentRow, commentsVisibleTo, type PostRow } from '../../db/queries/posts.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'

/** Posts as the viewer sees them: the comments they may see, the audience only for the author. */
export async function presentPosts(
  ctx: ServiceContext,
  viewer: MemberId,
  rows: PostRow[],
  isNew: (row: PostRow) => boolean = () => false,
): Promise<PostView[]> {
  const comments = await commentsVisibleTo(
    ctx.db,
    viewer,
    rows.map((r) => r.id),
  )
  const people = await summariesOf(ctx, [
    ...new Set([...rows.map((r) => r.authorId), ...comments.map((c) => c.authorId)]),
  ])
  const byPost = new Map<string, CommentRow[]>()
  for (const c of comments) byPost.set(c.postId, [...(byPost.get(c.postId) ?? []), c])
  const summary = (id: string) =>
    people.get(id) ?? { id, name: '', headline: '', company: null, title: null }
  return rows.map((r) => {
    const mine = r.authorId === viewer
    return {
      id: r.id,
      author: summary(r.authorId),
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      audience: mine
        ? r.audienceCircle === null
          ? { allConnections: true as const }
          : { circle: r.audienceCircle }
        : null,
      mine,
      hidden: r.hiddenAt !== null,
      isNew: !mine && isNew(r),
      comments: (byPost.get(r.id) ?? []).map((c) => ({
        id: c.id,
        author: summary(c.authorId),
        body: c.body,
        createdAt: c.createdAt.toISOString(),
        canDelete: c.authorId === viewer || mine,
      })),
    }
  })
}
