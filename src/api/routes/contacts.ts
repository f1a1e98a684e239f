import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  circleListSchema,
  contactDetailQuerySchema,
  contactDetailSchema,
  contactListQuerySchema,
  contactListSchema,
  createContactSchema,
  createInteractionSchema,
  interactionEnvelopeSchema,
  updateContactSchema,
} from '../../contracts/contacts.js'
import { createOutcomeSchema, outcomeEnvelopeSchema } from '../../contracts/insights.js'
import type { ServiceContext } from '../../services/context.js'
import { recordOutcome } from '../../services/insights/index.js'
import {
  addInteraction,
  contactDetail,
  createContact,
  listCircles,
  listContacts,
  updateContact,
} from '../../services/relationships/index.js'
import { requireViewer } from '../auth.js'

export const contactRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/contacts',
    {
      schema: {
        operationId: 'listContacts',
        tags: ['contacts'],
        summary: 'My contacts (connections and off-platform people), strongest first by default',
        querystring: contactListQuerySchema,
        response: { 200: contactListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await listContacts(ctx, requireViewer(request), request.query),
  )

  app.post(
    '/api/contacts',
    {
      schema: {
        operationId: 'createContact',
        tags: ['contacts'],
        summary: 'Add an off-platform contact by hand (linked to the member with that e-mail)',
        body: createContactSchema,
        response: { 201: contactDetailSchema, ...problemResponses(400, 401, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createContact(ctx, requireViewer(request), request.body)),
  )

  app.get(
    '/api/contacts/:id',
    {
      schema: {
        operationId: 'getContact',
        tags: ['contacts'],
        summary: 'One contact: strength with reasons, timeline, responsiveness and reciprocity',
        params: idParamsSchema,
        querystring: contactDetailQuerySchema,
        response: { 200: contactDetailSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      await contactDetail(ctx, requireViewer(request), request.params.id, request.query.asOf),
  )

  app.patch(
    '/api/contacts/:id',
    {
      schema: {
        operationId: 'updateContact',
        tags: ['contacts'],
        summary: 'Set circles, private notes, company or title of a contact',
        params: idParamsSchema,
        body: updateContactSchema,
        response: { 200: contactDetailSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      await updateContact(ctx, requireViewer(request), request.params.id, request.body),
  )

  app.post(
    '/api/contacts/:id/interactions',
    {
      schema: {
        operationId: 'logInteraction',
        tags: ['contacts'],
        summary: 'Log an interaction with a contact by hand',
        params: idParamsSchema,
        body: createInteractionSchema,
        response: { 201: interactionEnvelopeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        interaction: await addInteraction(
          ctx,
          requireViewer(request),
          request.params.id,
          request.body,
        ),
      }),
  )

  app.post(
    '/api/contacts/:id/outcomes',
    {
      schema: {
        operationId: 'recordOutcome',
        tags: ['contacts'],
        summary: 'Record what a relationship led to (meeting, job, deal, investment, partnership)',
        params: idParamsSchema,
        body: createOutcomeSchema,
        response: { 201: outcomeEnvelopeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        outcome: await recordOutcome(ctx, requireViewer(request), request.params.id, request.body),
      }),
  )

  app.get(
    '/api/circles',
    {
      schema: {
        operationId: 'listCircles',
        tags: ['contacts'],
        summary: 'My circles with how many contacts are in each',
        response: { 200: circleListSchema, ...problemResponses(401) },
      },
    },
    async (request) => await listCircles(ctx, requireViewer(request)),
  )
}
