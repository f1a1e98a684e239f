import { z } from 'zod'
import { memberSummarySchema } from './member-summary.js'
import { audienceSchema } from './newsletters.js'

/** A link is stored and shown as written; nothing fetches it, and only the web's schemes are taken. */
export const postLinkSchema = z
  .url({ protocol: /^https?$/, message: 'use an http or https address' })
  .max(2000)

export const createPostSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    body: z.string().trim().min(1).max(10_000),
    link: postLinkSchema.optional(),
    audience: audienceSchema,
  })
  .strict()
  .meta({ id: 'CreatePost' })
export type CreatePost = z.output<typeof createPostSchema>

export const postCreatedSchema = z.object({ id: z.string() }).meta({ id: 'PostCreated' })

export const createCommentSchema = z
  .object({ body: z.string().trim().min(1).max(2000) })
  .strict()
  .meta({ id: 'CreateComment' })

export const commentCreatedSchema = z.object({ id: z.string() }).meta({ id: 'CommentCreated' })

export const commentParamsSchema = z
  .object({ id: z.string().min(1).max(64), commentId: z.string().min(1).max(64) })
  .strict()

export const commentSchema = z
  .object({
    id: z.string(),
    author: memberSummarySchema,
    body: z.string(),
    createdAt: z.string(),
    /** Whether the viewer may delete it: their own comment, or any comment on their own post. */
    canDelete: z.boolean(),
  })
  .meta({ id: 'Comment' })

export const postSchema = z
  .object({
    id: z.string(),
    author: memberSummarySchema,
    title: z.string().nullable(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    /** For the author only (null for a reader): whom it was shared with. */
    audience: audienceSchema.nullable(),
    mine: z.boolean(),
    /** Hidden by its author: only the author still sees it, and in no feed. */
    hidden: z.boolean(),
    /** Shared after the reader's "read up to" marker, by someone else. */
    isNew: z.boolean(),
    comments: z.array(commentSchema),
  })
  .meta({ id: 'Post' })
export type PostView = z.output<typeof postSchema>

export const feedQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict()
export type FeedQuery = z.output<typeof feedQuerySchema>

export const feedSchema = z
  .object({
    items: z.array(postSchema),
    nextCursor: z.string().nullable(),
    /** True on the last page: there is nothing older to show. */
    caughtUp: z.boolean(),
    /** Posts by others shared since the marker (on every page, the same count). */
    newCount: z.number().int(),
    /** When the reader last marked the feed read, or null if never. */
    readUpTo: z.string().nullable(),
  })
  .meta({ id: 'Feed' })
export type FeedView = z.output<typeof feedSchema>

export const markFeedReadSchema = z
  .object({ upTo: z.string().min(1).max(64) })
  .strict()
  .meta({ id: 'MarkFeedRead' })
