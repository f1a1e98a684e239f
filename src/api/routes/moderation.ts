import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  operatorListQuerySchema,
  reportInputSchema,
  reportListSchema,
  reportReceiptSchema,
  suspendInputSchema,
  suspensionListSchema,
  suspensionSchema,
} from '../../contracts/operator.js'
import type { ServiceContext } from '../../services/context.js'
import {
  dismissReport,
  moderationQueue,
  reportMember,
  restoreMember,
  suspendMember,
  suspensions,
} from '../../services/operator/index.js'
import { requireViewer } from '../auth.js'

export const moderationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/members/:id/report',
    {
      schema: {
        operationId: 'reportMember',
        tags: ['members'],
        summary: "Report a profile to the instance's operator (soliciting, spam, fake profile)",
        params: idParamsSchema,
        body: reportInputSchema,
        response: { 201: reportReceiptSchema, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      const receipt = await reportMember(
        ctx,
        requireViewer(request),
        request.params.id,
        request.body,
      )
      return reply.code(201).send(receipt)
    },
  )

  app.get(
    '/api/operator/reports',
    {
      schema: {
        operationId: 'listReports',
        tags: ['operator'],
        summary: 'The moderation queue: open reports, oldest first',
        querystring: operatorListQuerySchema,
        response: { 200: reportListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await moderationQueue(ctx, requireViewer(request), request.query.limit),
    }),
  )

  app.post(
    '/api/operator/reports/:id/dismiss',
    {
      schema: {
        operationId: 'dismissReport',
        tags: ['operator'],
        summary: 'Close the open reports about a member without suspending them',
        params: idParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await dismissReport(ctx, requireViewer(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/operator/suspensions',
    {
      schema: {
        operationId: 'listSuspensions',
        tags: ['operator'],
        summary: 'Members suspended now, most recent first',
        querystring: operatorListQuerySchema,
        response: { 200: suspensionListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await suspensions(ctx, requireViewer(request), request.query.limit),
    }),
  )

  app.post(
    '/api/operator/members/:id/suspend',
    {
      schema: {
        operationId: 'suspendMember',
        tags: ['operator'],
        summary:
          'Suspend a member: their sessions and tokens end, they vanish from search and paths',
        params: idParamsSchema,
        body: suspendInputSchema,
        response: { 200: suspensionSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      await suspendMember(ctx, requireViewer(request), request.params.id, request.body),
  )

  app.post(
    '/api/operator/members/:id/restore',
    {
      schema: {
        operationId: 'restoreMember',
        tags: ['operator'],
        summary: 'Lift a suspension',
        params: idParamsSchema,
        response: { 200: suspensionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => await restoreMember(ctx, requireViewer(request), request.params.id),
  )
}
