import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import {
  careerStrategyResponseSchema,
  networkMapSchema,
  networkReachSchema,
  pathsQuerySchema,
  pathsResponseSchema,
} from '../../contracts/paths.js'
import type { ServiceContext } from '../../services/context.js'
import {
  careerStrategyReach,
  networkMap,
  networkReach,
  pathsToCompany,
  pathsToMember,
} from '../../services/network/index.js'
import { requireViewer } from '../auth.js'

export const pathRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get(
    '/api/paths',
    {
      schema: {
        operationId: 'findWarmPaths',
        tags: ['paths'],
        summary:
          'Warm paths (at most three hops) to a member (`to`) or to anyone at a company (`company`)',
        description:
          "Ranked by the product of the tie strengths; only ties every intermediary's visibility lets the caller use.",
        querystring: pathsQuerySchema,
        response: { 200: pathsResponseSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request)
      const { to, company, k } = request.query
      return to !== undefined
        ? await pathsToMember(ctx, viewer, to, k)
        : await pathsToCompany(ctx, viewer, company ?? '', k)
    },
  )

  app.get(
    '/api/career-strategy',
    {
      schema: {
        operationId: 'getCareerStrategyReach',
        tags: ['paths'],
        summary:
          'For each target company of my career strategy: who is reachable there and who could introduce me',
        response: { 200: careerStrategyResponseSchema, ...problemResponses(401) },
      },
    },
    async (request) => await careerStrategyReach(ctx, requireViewer(request)),
  )

  app.get(
    '/api/network/reach',
    {
      schema: {
        operationId: 'getNetworkReach',
        tags: ['paths'],
        summary:
          'How many members I reach at the first, second and third degree, as far as privacy allows',
        response: { 200: networkReachSchema, ...problemResponses(401) },
      },
    },
    async (request) => await networkReach(ctx, requireViewer(request)),
  )

  app.get(
    '/api/network/map',
    {
      schema: {
        operationId: 'getNetworkMap',
        tags: ['paths'],
        summary: 'My first-degree network and the ties among it, for the map',
        response: { 200: networkMapSchema, ...problemResponses(401) },
      },
    },
    async (request) => await networkMap(ctx, requireViewer(request)),
  )
}
