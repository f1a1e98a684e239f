import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { blockListSchema, blockRequestSchema } from '../../contracts/blocks.js'
import { problemResponses } from '../../contracts/common.js'
import { memberIdParamsSchema } from '../../contracts/connections.js'
import { blockMember, listBlocks, unblockMember } from '../../services/blocks/index.js'
import type { ServiceContext } from '../../services/context.js'
import { requireViewer } from '../auth.js'

export const blockRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(
    '/api/blocks',
    {
      schema: {
        operationId: 'blockMember',
        tags: ['blocks'],
        summary:
          'Block a member: they can send you no more requests, invitations or recommendations, and are not told',
        body: blockRequestSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      await blockMember(ctx, requireViewer(request), request.body.member)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/blocks',
    {
      schema: {
        operationId: 'listBlocks',
        tags: ['blocks'],
        summary: 'Whom I blocked, newest first',
        response: { 200: blockListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listBlocks(ctx, requireViewer(request)) }),
  )

  app.delete(
    '/api/blocks/:memberId',
    {
      schema: {
        operationId: 'unblockMember',
        tags: ['blocks'],
        summary: 'Unblock a member',
        params: memberIdParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await unblockMember(ctx, requireViewer(request), request.params.memberId)
      return reply.code(204).send(null)
    },
  )
}
