import type { Db } from '../../db/client.js'
import { findReadablePost, type PostRow } from '../../db/queries/posts.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'

export function postNotFound(): AppError {
  return new AppError('not_found', 'No such post')
}

/**
 * The post if the viewer may read it (`readableBy`, the one rule); anyone else learns nothing,
 * not even that it exists. Signed out is asked to sign in.
 */
export async function readablePost(db: Db, viewer: MemberId | null, id: string): Promise<PostRow> {
  if (viewer === null) throw new AppError('unauthenticated', 'Sign in to read this post')
  const post = await findReadablePost(db, viewer, id)
  if (post === null) throw postNotFound()
  return post
}

/** The viewer's own post, or 404 as for any post they may not read. */
export async function authoredPost(db: Db, viewer: MemberId, id: string): Promise<PostRow> {
  const post = await readablePost(db, viewer, id)
  if (post.authorId !== viewer) throw postNotFound()
  return post
}
