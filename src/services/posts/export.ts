import { commentsWrittenBy, postsWrittenBy } from '../../db/queries/posts.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

/**
 * What the member wrote in the feed, for their personal export: their posts (hidden ones too,
 * with the audience they chose) and their comments, each with the post it answers. Others' posts
 * and comments stay theirs.
 */
export async function postsForExport(ctx: ServiceContext, viewer: MemberId) {
  const [written, comments] = await Promise.all([
    postsWrittenBy(ctx.db, viewer),
    commentsWrittenBy(ctx.db, viewer),
  ])
  return {
    written: written.map((p) => ({
      id: p.id,
      title: p.title,
      body: p.body,
      link: p.link,
      audience: p.audienceCircle === null ? 'all connections' : `circle: ${p.audienceCircle}`,
      createdAt: p.createdAt.toISOString(),
      hiddenAt: p.hiddenAt?.toISOString() ?? null,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      postId: c.postId,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    })),
  }
}
