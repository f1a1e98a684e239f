import { index, pgTable, text } from 'drizzle-orm/pg-core'
import { at, ownerRef } from './columns.js'
import { members } from './members.js'

/**
 * A note or a link a member shares with one audience: one of their circles, or all their
 * connections (`audienceCircle` null). The audience is read when the post is, so it follows the
 * author's circles and connections as they are now. A hidden post is shown to nobody but its author.
 */
export const posts = pgTable(
  'posts',
  {
    id: text('id').primaryKey(),
    authorId: ownerRef(),
    title: text('title'),
    body: text('body').notNull(),
    link: text('link'),
    audienceCircle: text('audience_circle'),
    createdAt: at('created_at').notNull(),
    hiddenAt: at('hidden_at'),
  },
  (t) => [
    index('posts_author_idx').on(t.authorId, t.createdAt),
    index('posts_created_idx').on(t.createdAt, t.id),
  ],
)

/** A comment by someone who can read the post; it goes with the post or with its writer. */
export const postComments = pgTable(
  'post_comments',
  {
    id: text('id').primaryKey(),
    postId: text('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('post_comments_post_idx').on(t.postId, t.createdAt)],
)

/**
 * Where a member left off in their feed: the newest post they marked read (its time and id, the
 * feed's order). Only an explicit "mark read" moves it, and only forward.
 */
export const feedMarkers = pgTable('feed_markers', {
  memberId: text('member_id')
    .primaryKey()
    .references(() => members.id, { onDelete: 'cascade' }),
  readAt: at('read_at').notNull(),
  readPostId: text('read_post_id').notNull(),
  updatedAt: at('updated_at').notNull(),
})
