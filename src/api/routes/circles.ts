import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  circleMembershipSchema,
  circleParamsSchema,
  createCircleSchema,
  renameCircleSchema,
} from '../../contracts/circles.js'
import { problemResponses } from '../../contracts/common.js'
import { circleSchema } from '../../contracts/contacts.js'
import type { ServiceContext } from '../../services/context.js'
import {
  changeCircleMembers,
  createCircle,
  deleteCircle,
  renameCircle,
} from '../../services/relationships/index.js'
import { requireViewer } from '../auth.js'

/** Circles are the owner's own names for groups of contacts; `GET /api/circles` is with contacts. */
export const circleRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/circles',
    {
      schema: {
        operationId: 'createCircle',
        tags: ['contacts'],
        summary: 'Start a circle with the contacts put in it',
        body: createCircleSchema,
        response: { 201: circleSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCircle(ctx, requireViewer(request), request.body)),
  )

  app.patch(
    '/api/circles/:name',
    {
      schema: {
        operationId: 'renameCircle',
        tags: ['contacts'],
        summary: 'Rename a circle (its stay-in-touch cadence follows)',
        params: circleParamsSchema,
        body: renameCircleSchema,
        response: { 200: circleSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      await renameCircle(ctx, requireViewer(request), request.params.name, request.body.name),
  )

  app.delete(
    '/api/circles/:name',
    {
      schema: {
        operationId: 'deleteCircle',
        tags: ['contacts'],
        summary: 'Delete a circle; its contacts stay',
        params: circleParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await deleteCircle(ctx, requireViewer(request), request.params.name)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/circles/:name/contacts',
    {
      schema: {
        operationId: 'changeCircleContacts',
        tags: ['contacts'],
        summary: 'Add and remove contacts of a circle in bulk',
        params: circleParamsSchema,
        body: circleMembershipSchema,
        response: { 200: circleSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      await changeCircleMembers(ctx, requireViewer(request), request.params.name, request.body),
  )
}
