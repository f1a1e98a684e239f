import type { FeedQuery, FeedView } from '../../contracts/posts.js'
import {
  advanceMarker,
  countNewSince,
  type FeedKey,
  feedPage,
  findMarker,
} from '../../db/queries/posts.js'
import type { MemberId } from '../../ids.js'
import { decodeCursor, encodeCursor } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { readablePost } from './access.js'
import { presentPosts } from './view.js'

function after(a: FeedKey, b: FeedKey): boolean {
  return a.at.getTime() > b.at.getTime() || (a.at.getTime() === b.at.getTime() && a.id > b.id)
}

/**
 * The feed: the viewer's own posts and those of their connections they may read, newest first,
 * nothing else and in no other order. Reading it writes nothing; the marker moves only by
 * `markFeedRead`.
 */
export async function readFeed(
  ctx: ServiceContext,
  viewer: MemberId,
  query: FeedQuery,
): Promise<FeedView> {
  const before =
    query.cursor === undefined
      ? null
      : (() => {
          const key = decodeCursor(query.cursor, { at: 'timestamp', id: 'text' })
          return { at: new Date(key.at), id: key.id }
        })()
  const rows = await feedPage(ctx.db, viewer, query.limit, before)
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const more = rows.length > query.limit && last !== undefined
  const stored = await findMarker(ctx.db, viewer)
  const marker = stored === null ? null : { at: stored.readAt, id: stored.readPostId }
  return {
    items: await presentPosts(
      ctx,
      viewer,
      page,
      (r) => marker === null || after({ at: r.createdAt, id: r.id }, marker),
    ),
    nextCursor: more ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
    caughtUp: !more,
    newCount: await countNewSince(ctx.db, viewer, marker),
    readUpTo: stored?.readAt.toISOString() ?? null,
  }
}

/**
 * "I have read up to here": moves the viewer's marker to a post they may read, never backwards,
 * so two windows marking in either order leave the later mark.
 */
export async function markFeedRead(ctx: ServiceContext, viewer: MemberId, upTo: string) {
  await inTransaction(ctx, async ({ tx }) => {
    const post = await readablePost(tx, viewer, upTo)
    await advanceMarker(tx, viewer, { at: post.createdAt, id: post.id }, ctx.clock())
  })
}
