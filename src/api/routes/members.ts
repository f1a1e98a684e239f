import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  memberListSchema,
  memberPageSchema,
  memberSearchQuerySchema,
  meSchema,
  updateMeSchema,
} from '../../contracts/profile.js'
import type { ServiceContext } from '../../services/context.js'
import { getMe, searchMembers, updateMe } from '../../services/members/index.js'
import { memberPage } from '../../services/network/index.js'
import { requireViewer } from '../auth.js'

export const memberRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['profile'],
        summary: 'My whole profile',
        response: { 200: meSchema, ...problemResponses(401) },
      },
    },
    async (request) => await getMe(ctx, requireViewer(request)),
  )

  app.patch(
    '/api/me',
    {
      schema: {
        operationId: 'updateMe',
        tags: ['profile'],
        summary: 'Change any part of my profile; `positions` replaces the list',
        body: updateMeSchema,
        response: { 200: meSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await updateMe(ctx, requireViewer(request), request.body),
  )

  app.get(
    '/api/members',
    {
      schema: {
        operationId: 'searchMembers',
        tags: ['members'],
        summary: 'Search members by name, headline, company or title',
        querystring: memberSearchQuerySchema,
        response: { 200: memberListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      requireViewer(request)
      return await searchMembers(ctx, request.query)
    },
  )

  app.get(
    '/api/members/:id',
    {
      schema: {
        operationId: 'getMember',
        tags: ['members'],
        summary: 'A member profile as I may see it',
        params: idParamsSchema,
        response: { 200: memberPageSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await memberPage(ctx, requireViewer(request), request.params.id),
  )
}
