import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, listQuerySchema, problemResponses } from '../../contracts/common.js'
import {
  conversationListSchema,
  conversationSchema,
  messageEnvelopeSchema,
  messageListSchema,
  postMessageSchema,
  sendMessageSchema,
  unreadSchema,
} from '../../contracts/messages.js'
import type { ServiceContext } from '../../services/context.js'
import {
  getConversation,
  listConversations,
  listMessages,
  readConversation,
  replyInConversation,
  sendMessage,
  unreadTotalOf,
} from '../../services/messages/index.js'
import { requireViewer } from '../auth.js'

export const messageRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/messages',
    {
      schema: {
        operationId: 'sendMessage',
        tags: ['messages'],
        summary: 'Send a message to a connection, in the one conversation we share',
        description:
          'Bodies are plain text of 1 to 10,000 characters, stored as written. To someone who is not a connection: 422.',
        body: sendMessageSchema,
        response: { 201: messageEnvelopeSchema, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) => {
      const message = await sendMessage(ctx, requireViewer(request), request.body)
      return reply.code(201).send({ message })
    },
  )

  app.get(
    '/api/conversations',
    {
      schema: {
        operationId: 'listConversations',
        tags: ['messages'],
        summary: 'My conversations, the newest message first, with unread counts and their total',
        querystring: listQuerySchema,
        response: { 200: conversationListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await listConversations(ctx, requireViewer(request), request.query),
  )

  app.get(
    '/api/conversations/unread',
    {
      schema: {
        operationId: 'unreadMessages',
        tags: ['messages'],
        summary: 'How many messages from others I have not read, over all my conversations',
        response: { 200: unreadSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ unreadTotal: await unreadTotalOf(ctx, requireViewer(request)) }),
  )

  app.get(
    '/api/conversations/:id',
    {
      schema: {
        operationId: 'getConversation',
        tags: ['messages'],
        summary: 'One of my conversations',
        params: idParamsSchema,
        response: { 200: conversationSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await getConversation(ctx, requireViewer(request), request.params.id),
  )

  app.get(
    '/api/conversations/:id/messages',
    {
      schema: {
        operationId: 'listMessages',
        tags: ['messages'],
        summary: 'The messages of one of my conversations, newest first',
        params: idParamsSchema,
        querystring: listQuerySchema,
        response: { 200: messageListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      await listMessages(ctx, requireViewer(request), request.params.id, request.query),
  )

  app.post(
    '/api/conversations/:id/messages',
    {
      schema: {
        operationId: 'postMessage',
        tags: ['messages'],
        summary: 'Write in one of my conversations',
        params: idParamsSchema,
        body: postMessageSchema,
        response: { 201: messageEnvelopeSchema, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      const message = await replyInConversation(
        ctx,
        requireViewer(request),
        request.params.id,
        request.body.body,
      )
      return reply.code(201).send({ message })
    },
  )

  app.post(
    '/api/conversations/:id/read',
    {
      schema: {
        operationId: 'readConversation',
        tags: ['messages'],
        summary: 'Mark one of my conversations read up to its newest message',
        params: idParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await readConversation(ctx, requireViewer(request), request.params.id)
      return reply.code(204).send(null)
    },
  )
}
