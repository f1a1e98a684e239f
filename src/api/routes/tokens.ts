import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { createTokenSchema, tokenCreatedSchema, tokenListSchema } from '../../contracts/accounts.js'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  createAccessToken,
  listAccessTokens,
  revokeAccessToken,
} from '../../services/accounts/index.js'
import type { ServiceContext } from '../../services/context.js'
import { requireViewer } from '../auth.js'

export const tokenRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(
    '/api/tokens',
    {
      schema: {
        operationId: 'createToken',
        tags: ['accounts'],
        summary:
          'Create a personal access token (shown once), optionally expiring; one made with a token cannot outlive it (422)',
        body: createTokenSchema,
        response: { 201: tokenCreatedSchema, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request)
      const token = await createAccessToken(ctx, viewer, request.body, request.bearer)
      return reply.code(201).send(token)
    },
  )

  app.get(
    '/api/tokens',
    {
      schema: {
        operationId: 'listTokens',
        tags: ['accounts'],
        summary: 'List my personal access tokens (never their secrets)',
        response: { 200: tokenListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listAccessTokens(ctx, requireViewer(request)) }),
  )

  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        operationId: 'revokeToken',
        tags: ['accounts'],
        summary: 'Revoke a personal access token',
        params: idParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await revokeAccessToken(ctx, requireViewer(request), request.params.id)
      return reply.code(204).send(null)
    },
  )
}
