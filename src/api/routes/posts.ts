import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  commentCreatedSchema,
  commentParamsSchema,
  createCommentSchema,
  createPostSchema,
  feedQuerySchema,
  feedSchema,
  markFeedReadSchema,
  postCreatedSchema,
  postSchema,
} from '../../contracts/posts.js'
import type { ServiceContext } from '../../services/context.js'
import {
  addComment,
  getPost,
  markFeedRead,
  readFeed,
  removeComment,
  setHidden,
  sharePost,
} from '../../services/posts/index.js'
import { requireViewer } from '../auth.js'

export const postRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(
    '/api/posts',
    {
      schema: {
        operationId: 'sharePost',
        tags: ['posts'],
        summary: 'Share a note or a link with all connections or one circle',
        body: createPostSchema,
        response: { 201: postCreatedSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sharePost(ctx, requireViewer(request), request.body)),
  )

  app.get(
    '/api/posts/:id',
    {
      schema: {
        operationId: 'getPost',
        tags: ['posts'],
        summary: 'A post with its comments, for its author and its audience only',
        params: idParamsSchema,
        response: { 200: postSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await getPost(ctx, request.viewer, request.params.id),
  )

  for (const [action, operationId, summary, hidden] of [
    ['hide', 'hidePost', 'Hide my post from everyone', true],
    ['unhide', 'unhidePost', 'Show my hidden post again', false],
  ] as const) {
    app.post(
      `/api/posts/:id/${action}`,
      {
        schema: {
          operationId,
          tags: ['posts'],
          summary,
          params: idParamsSchema,
          response: { 204: z.null(), ...problemResponses(400, 401, 404) },
        },
      },
      async (request, reply) => {
        await setHidden(ctx, requireViewer(request), request.params.id, hidden)
        return reply.code(204).send(null)
      },
    )
  }

  app.post(
    '/api/posts/:id/comments',
    {
      schema: {
        operationId: 'addComment',
        tags: ['posts'],
        summary: 'Comment on a post I can read',
        params: idParamsSchema,
        body: createCommentSchema,
        response: { 201: commentCreatedSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addComment(ctx, requireViewer(request), request.params.id, request.body.body)),
  )

  app.delete(
    '/api/posts/:id/comments/:commentId',
    {
      schema: {
        operationId: 'deleteComment',
        tags: ['posts'],
        summary: 'Delete my comment, or any comment on my post',
        params: commentParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await removeComment(ctx, requireViewer(request), request.params.id, request.params.commentId)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/feed',
    {
      schema: {
        operationId: 'readFeed',
        tags: ['posts'],
        summary: 'My connections’ posts I may see, newest first, with where I left off',
        querystring: feedQuerySchema,
        response: { 200: feedSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await readFeed(ctx, requireViewer(request), request.query),
  )

  app.post(
    '/api/feed/read',
    {
      schema: {
        operationId: 'markFeedRead',
        tags: ['posts'],
        summary: 'Mark my feed read up to a post (the marker only moves forward)',
        body: markFeedReadSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await markFeedRead(ctx, requireViewer(request), request.body.upTo)
      return reply.code(204).send(null)
    },
  )
}
