import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  connectionEnvelopeSchema,
  connectionListQuerySchema,
  connectionListSchema,
  connectionRemovalSchema,
  memberIdParamsSchema,
  removedConnectionListSchema,
} from '../../contracts/connections.js'
import { memberListSchema } from '../../contracts/profile.js'
import { AppError } from '../../errors.js'
import {
  listConnections,
  recentlyRemoved,
  removeConnection,
  restoreConnection,
} from '../../services/connections/index.js'
import type { ServiceContext } from '../../services/context.js'
import { visibleConnectionsOf } from '../../services/network/index.js'
import { requireViewer } from '../auth.js'

export const connectionRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/connections',
    {
      schema: {
        operationId: 'listConnections',
        tags: ['connections'],
        summary: 'My connections, by name; `q` filters by name',
        querystring: connectionListQuerySchema,
        response: { 200: connectionListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await listConnections(ctx, requireViewer(request), request.query),
  )

  app.get(
    '/api/connections/removed',
    {
      schema: {
        operationId: 'listRemovedConnections',
        tags: ['connections'],
        summary: 'Connections I removed in the last 30 days, which I can still restore',
        response: { 200: removedConnectionListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await recentlyRemoved(ctx, requireViewer(request)) }),
  )

  app.delete(
    '/api/connections/:memberId',
    {
      schema: {
        operationId: 'removeConnection',
        tags: ['connections'],
        summary: 'Remove a connection quietly (the other member is not told); undo within 30 days',
        params: memberIdParamsSchema,
        response: { 200: connectionRemovalSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await removeConnection(ctx, requireViewer(request), request.params.memberId),
  )

  app.post(
    '/api/connections/:memberId/restore',
    {
      schema: {
        operationId: 'restoreConnection',
        tags: ['connections'],
        summary: 'Undo my removal of a connection, with how we met and since when intact',
        params: memberIdParamsSchema,
        response: { 200: connectionEnvelopeSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => ({
      connection: await restoreConnection(ctx, requireViewer(request), request.params.memberId),
    }),
  )

  app.get(
    '/api/members/:id/connections',
    {
      schema: {
        operationId: 'listMemberConnections',
        tags: ['connections'],
        summary: "A member's connections, when that member's network visibility lets me see them",
        params: idParamsSchema,
        response: { 200: memberListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const items = await visibleConnectionsOf(ctx, requireViewer(request), request.params.id)
      if (items === null) throw new AppError('not_found', 'This network is private')
      return { items }
    },
  )
}
