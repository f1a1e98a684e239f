import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, listQuerySchema, problemResponses } from '../../contracts/common.js'
import {
  messageRequestCountSchema,
  messageRequestTraySchema,
  replyToRequestResultSchema,
  requestWarmPathsSchema,
  sentMessageRequestListSchema,
} from '../../contracts/message-requests.js'
import { postMessageSchema } from '../../contracts/messages.js'
import type { ServiceContext } from '../../services/context.js'
import {
  blockRequestSender,
  countTray,
  dismissRequest,
  listSent,
  listTray,
  replyToRequest,
  warmPathsForRequest,
} from '../../services/message-requests/index.js'
import { requireViewer } from '../auth.js'

export const messageRequestRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/message-requests',
    {
      schema: {
        operationId: 'listMessageRequests',
        tags: ['message-requests'],
        summary:
          'My requests tray: messages from non-connections, best triage score first, each reason in words',
        querystring: listQuerySchema,
        response: { 200: messageRequestTraySchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await listTray(ctx, requireViewer(request), request.query),
  )

  app.get(
    '/api/message-requests/count',
    {
      schema: {
        operationId: 'countMessageRequests',
        tags: ['message-requests'],
        summary: 'How many requests wait in my tray',
        response: { 200: messageRequestCountSchema, ...problemResponses(401) },
      },
    },
    async (request) => await countTray(ctx, requireViewer(request)),
  )

  app.get(
    '/api/message-requests/sent',
    {
      schema: {
        operationId: 'listSentMessageRequests',
        tags: ['message-requests'],
        summary: 'The requests I sent, newest first, each "delivered" or "answered"',
        querystring: listQuerySchema,
        response: { 200: sentMessageRequestListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await listSent(ctx, requireViewer(request), request.query),
  )

  app.post(
    '/api/message-requests/:id/reply',
    {
      schema: {
        operationId: 'replyToMessageRequest',
        tags: ['message-requests'],
        summary: 'Reply to a request: opens our conversation with the request and my reply in it',
        params: idParamsSchema,
        body: postMessageSchema,
        response: { 201: replyToRequestResultSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request)
      const result = await replyToRequest(ctx, viewer, request.params.id, request.body.body)
      return reply.code(201).send(result)
    },
  )

  app.post(
    '/api/message-requests/:id/dismiss',
    {
      schema: {
        operationId: 'dismissMessageRequest',
        tags: ['message-requests'],
        summary: 'Dismiss a request; its sender is not told',
        params: idParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await dismissRequest(ctx, requireViewer(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/message-requests/:id/block',
    {
      schema: {
        operationId: 'blockMessageRequestSender',
        tags: ['message-requests'],
        summary: 'Block the sender of a request and dismiss it; they are not told',
        params: idParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await blockRequestSender(ctx, requireViewer(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/message-requests/:id/warm-paths',
    {
      schema: {
        operationId: 'messageRequestWarmPaths',
        tags: ['message-requests'],
        summary:
          'People we both know who could introduce us instead; the request stays open (422 when there is none)',
        params: idParamsSchema,
        response: { 200: requestWarmPathsSchema, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request) => await warmPathsForRequest(ctx, requireViewer(request), request.params.id),
  )
}
