import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import {
  careerPeopleQuerySchema,
  careerPeopleResponseSchema,
  careerStrategyQuerySchema,
  careerStrategyResponseSchema,
  networkMapSchema,
  networkReachSchema,
  pathsQuerySchema,
  pathsResponseSchema,
} from '../../contracts/paths.js'
import type { ServiceContext } from '../../services/context.js'
import {
  careerStrategyPeople,
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
          "Ranked by every tie on the path; only ties every intermediary's visibility lets the caller use. A path shows the caller's own score of its first tie, never another member's.",
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
          'For a page of the target companies of my career strategy: who is reachable there in my target roles, best path first, and who could introduce me',
        querystring: careerStrategyQuerySchema,
        response: { 200: careerStrategyResponseSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await careerStrategyReach(ctx, requireViewer(request), request.query),
  )

  app.get(
    '/api/career-strategy/people',
    {
      schema: {
        operationId: 'listCareerStrategyPeople',
        tags: ['paths'],
        summary:
          'More of the people I reach at one company, in the order of my career strategy page',
        querystring: careerPeopleQuerySchema,
        response: { 200: careerPeopleResponseSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await careerStrategyPeople(ctx, requireViewer(request), request.query),
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
