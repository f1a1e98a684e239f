import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import {
  jobListQuerySchema,
  jobListSchema,
  openNetworkerListSchema,
} from '../../contracts/operator.js'
import type { ServiceContext } from '../../services/context.js'
import { communityOpenNetworkers, operatorJobs } from '../../services/operator/index.js'
import { requireViewer } from '../auth.js'

export const operatorRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/operator/open-networkers',
    {
      schema: {
        operationId: 'listOpenNetworkers',
        tags: ['operator'],
        summary: "The community's likely open networkers (LIONs), with scores and reasons",
        response: { 200: openNetworkerListSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await communityOpenNetworkers(ctx, requireViewer(request)) }),
  )

  app.get(
    '/api/operator/jobs',
    {
      schema: {
        operationId: 'listJobs',
        tags: ['operator'],
        summary: 'Durable jobs, newest first: scheduled, running and failed by default',
        querystring: jobListQuerySchema,
        response: { 200: jobListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: await operatorJobs(ctx, requireViewer(request), request.query) }),
  )
}
