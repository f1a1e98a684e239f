import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { problemResponses } from '../../contracts/common.js'
import { jobListQuerySchema, jobSchema } from '../../contracts/operator.js'
import { memberSummarySchema } from '../../contracts/profile.js'
import type { ServiceContext } from '../../services/context.js'
import { communityOpenNetworkers, operatorJobs } from '../../services/operator/index.js'
import { requireViewer } from '../auth.js'

const flaggedSchema = z.object({
  member: memberSummarySchema,
  score: z.number(),
  reasons: z.array(z.string()),
  degree: z.number().int(),
  clustering: z.number(),
})

export const operatorRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/operator/open-networkers',
    {
      schema: {
        tags: ['operator'],
        summary: "The community's likely open networkers (LIONs), with scores and reasons",
        response: {
          200: z.object({ items: z.array(flaggedSchema) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => ({ items: await communityOpenNetworkers(ctx, requireViewer(request)) }),
  )

  app.get(
    '/api/operator/jobs',
    {
      schema: {
        tags: ['operator'],
        operationId: 'listJobs',
        summary:
          'Durable jobs, newest first: scheduled, running and failed by default (operator only)',
        querystring: jobListQuerySchema,
        response: {
          200: z.object({ items: z.array(jobSchema) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => ({ items: await operatorJobs(ctx, requireViewer(request), request.query) }),
  )
}
