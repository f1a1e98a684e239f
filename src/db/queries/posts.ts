import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { memberBlocks } from '../schema/blocks.js'
import { connections, invitations } from '../schema/connections.js'
import { contacts } from '../schema/contacts.js'
import { feedMarkers, postComments, posts } from '../schema/posts.js'
import { insertInChunks } from './bulk.js'

export type PostRow = typeof posts.$inferSelect
export type CommentRow = typeof postComments.$inferSelect
export type FeedMarkerRow = typeof feedMarkers.$inferSelect

/** Whether the two members (an id or a column each) are connected now. */
function connectedNow(a: SQL | string, b: SQL | string): SQL {
  return sql`exists (select 1 from ${connections} where ${connections.removedAt} is null and ((${connections.memberLo} = ${a} and ${connections.memberHi} = ${b}) or (${connections.memberLo} = ${b} and ${connections.memberHi} = ${a})))`
}

/**
 * Whether either refused the other: a block, or "I don't know this person" to an invitation,
 * the same silent refusal `hasRefused` asks about, here as a condition for a list.
 */
function refusedEitherWay(a: SQL | string, b: SQL | string): SQL {
  return sql`(exists (select 1 from ${memberBlocks} where (${memberBlocks.blockerId} = ${a} and ${memberBlocks.blockedId} = ${b}) or (${memberBlocks.blockerId} = ${b} and ${memberBlocks.blockedId} = ${a})) or exists (select 1 from ${invitations} where ${invitations.status} = 'dont_know' and ((${invitations.fromId} = ${a} and ${invitations.toId} = ${b}) or (${invitations.fromId} = ${b} and ${invitations.toId} = ${a}))))`
}

/** Whether the viewer is in the author's circle of that name, in the author's own records. */
function inAuthorsCircle(viewer: string): SQL {
  return sql`exists (select 1 from ${contacts} where ${contacts.ownerId} = ${posts.authorId} and ${contacts.memberId} = ${viewer} and ${contacts.archivedAt} is null and ${posts.audienceCircle} = any(${contacts.circles}))`
}

/**
 * The one rule for who reads a post, as a condition on `posts`: someone else's post that is not
 * hidden, by a connection neither refused, shared with all connections or with a circle of the
 * author's that the viewer is in. The author's own posts are theirs to read, hidden or not.
 */
export function readableBy(viewer: string): SQL {
  const author = sql`${posts.authorId}`
  return or(
    eq(posts.authorId, viewer),
    and(
      isNull(posts.hiddenAt),
      connectedNow(viewer, author),
      sql`not ${refusedEitherWay(viewer, author)}`,
      or(isNull(posts.audienceCircle), inAuthorsCircle(viewer)),
    ),
  ) as SQL
}

export async function insertPost(db: Db, row: typeof posts.$inferInsert) {
  await db.insert(posts).values(row)
}

export async function insertPosts(db: Db, rows: (typeof posts.$inferInsert)[]) {
  await insertInChunks(db, posts, rows)
}

export async function insertComments(db: Db, rows: (typeof postComments.$inferInsert)[]) {
  await insertInChunks(db, postComments, rows)
}

/** The post if the viewer may read it, else null (it may not exist, or not for them). */
export async function findReadablePost(
  db: Db,
  viewer: string,
  id: string,
): Promise<PostRow | null> {
  const [row] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.id, id), readableBy(viewer)))
  return row ?? null
}

export async function setPostHidden(db: Db, id: string, hiddenAt: Date | null) {
  await db.update(posts).set({ hiddenAt }).where(eq(posts.id, id))
}

export interface FeedKey {
  at: Date
  id: string
}

/**
 * A page of the viewer's feed, newest first: their own posts that are not hidden and the posts
 * they may read, strictly older than `before` when given. One row more than `limit` says
 * whether there is another page.
 */
export async function feedPage(
  db: Db,
  viewer: string,
  limit: number,
  before: FeedKey | null,
): Promise<PostRow[]> {
  return await db
    .select()
    .from(posts)
    .where(
      and(
        isNull(posts.hiddenAt),
        readableBy(viewer),
        before === null
          ? undefined
          : sql`(${posts.createdAt}, ${posts.id}) < (${before.at.toISOString()}::timestamptz, ${before.id})`,
      ),
    )
    .orderBy(desc(posts.createdAt), desc(posts.id))
    .limit(limit + 1)
}

/** How many posts by others the viewer may read that came after the marker (all, if none). */
export async function countNewSince(
  db: Db,
  viewer: string,
  marker: FeedKey | null,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(
      and(
        isNull(posts.hiddenAt),
        sql`${posts.authorId} <> ${viewer}`,
        readableBy(viewer),
        marker === null
          ? undefined
          : sql`(${posts.createdAt}, ${posts.id}) > (${marker.at.toISOString()}::timestamptz, ${marker.id})`,
      ),
    )
  return row?.n ?? 0
}

export async function findMarker(db: Db, memberId: string): Promise<FeedMarkerRow | null> {
  const [row] = await db.select().from(feedMarkers).where(eq(feedMarkers.memberId, memberId))
  return row ?? null
}

/** Moves the marker to the post, never back: a later post already marked read stays marked. */
export async function advanceMarker(
  db: Db,
  memberId: string,
  to: FeedKey,
  now: Date,
): Promise<void> {
  await db
    .insert(feedMarkers)
    .values({ memberId, readAt: to.at, readPostId: to.id, updatedAt: now })
    .onConflictDoUpdate({
      target: feedMarkers.memberId,
      set: { readAt: to.at, readPostId: to.id, updatedAt: now },
      setWhere: sql`(${feedMarkers.readAt}, ${feedMarkers.readPostId}) < (${to.at.toISOString()}::timestamptz, ${to.id})`,
    })
}

export async function insertComment(db: Db, row: typeof postComments.$inferInsert) {
  await db.insert(postComments).values(row)
}

export async function findComment(db: Db, postId: string, id: string): Promise<CommentRow | null> {
  const [row] = await db
    .select()
    .from(postComments)
    .where(and(eq(postComments.postId, postId), eq(postComments.id, id)))
  return row ?? null
}

export async function deleteComment(db: Db, id: string) {
  await db.delete(postComments).where(eq(postComments.id, id))
}

/**
 * The comments on these posts the viewer may see, oldest first: their own, the post author's,
 * and those of the viewer's connections that neither refused.
 */
export async function commentsVisibleTo(
  db: Db,
  viewer: string,
  postIds: string[],
): Promise<CommentRow[]> {
  if (postIds.length === 0) return []
  const writer = sql`${postComments.authorId}`
  return await db
    .select({
      id: postComments.id,
      postId: postComments.postId,
      authorId: postComments.authorId,
      body: postComments.body,
      createdAt: postComments.createdAt,
    })
    .from(postComments)
    .innerJoin(posts, eq(posts.id, postComments.postId))
    .where(
      and(
        inArray(postComments.postId, postIds),
        or(
          eq(postComments.authorId, viewer),
          and(
            or(eq(postComments.authorId, posts.authorId), connectedNow(viewer, writer)),
            sql`not ${refusedEitherWay(viewer, writer)}`,
          ),
        ),
      ),
    )
    .orderBy(asc(postComments.createdAt), asc(postComments.id))
}

/** Every post the member wrote, oldest first, hidden ones included: for their personal export. */
export async function postsWrittenBy(db: Db, authorId: string): Promise<PostRow[]> {
  return await db
    .select()
    .from(posts)
    .where(eq(posts.authorId, authorId))
    .orderBy(asc(posts.createdAt), asc(posts.id))
}

/** Every comment the member wrote, oldest first, on whoever's post: for their personal export. */
export async function commentsWrittenBy(db: Db, authorId: string): Promise<CommentRow[]> {
  return await db
    .select()
    .from(postComments)
    .where(eq(postComments.authorId, authorId))
    .orderBy(asc(postComments.createdAt), asc(postComments.id))
}
