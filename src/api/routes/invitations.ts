import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  connectionEnvelopeSchema,
  createInvitationSchema,
  invitationBoxQuerySchema,
  invitationEnvelopeSchema,
  invitationListSchema,
} from '../../contracts/connections.js'
import {
  acceptInvitation,
  answerSilently,
  connectionFor,
  invitationView,
  listInvitations,
  sendInvitation,
  withdrawInvitation,
} from '../../services/connections/index.js'
import type { ServiceContext } from '../../services/context.js'
import { requireViewer } from '../auth.js'

export const invitationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/invitations',
    {
      schema: {
        operationId: 'createInvitation',
        tags: ['connections'],
        summary: 'Invite a member to connect, with a personal note and how you know each other',
        description:
          'If the member already invited you, their invitation is accepted instead and the connection is returned (200).',
        body: createInvitationSchema,
        response: {
          201: invitationEnvelopeSchema,
          200: connectionEnvelopeSchema,
          ...problemResponses(400, 401, 404, 409, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request)
      const result = await sendInvitation(ctx, viewer, request.body)
      if (result.kind === 'connected') {
        return reply
          .code(200)
          .send({ connection: await connectionFor(ctx, viewer, result.connection) })
      }
      return reply.code(201).send({ invitation: await invitationView(ctx, result.invitation) })
    },
  )

  app.get(
    '/api/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags: ['connections'],
        summary: 'Invitations I received (still to answer) or sent',
        querystring: invitationBoxQuerySchema,
        response: { 200: invitationListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await listInvitations(ctx, requireViewer(request), request.query),
  )

  app.post(
    '/api/invitations/:id/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        tags: ['connections'],
        summary: 'Accept an invitation',
        params: idParamsSchema,
        response: { 200: connectionEnvelopeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request)
      const row = await acceptInvitation(ctx, viewer, request.params.id)
      return { connection: await connectionFor(ctx, viewer, row) }
    },
  )

  const silentAnswers = [
    ['ignore', 'ignored', 'ignoreInvitation', 'Ignore an invitation (the sender is never told)'],
    [
      'dont-know',
      'dont_know',
      'markSenderUnknown',
      '"I don\'t know this person": the sender can never invite you again and is not told',
    ],
  ] as const
  for (const [path, answer, operationId, summary] of silentAnswers) {
    app.post(
      `/api/invitations/:id/${path}`,
      {
        schema: {
          operationId,
          tags: ['connections'],
          summary,
          params: idParamsSchema,
          response: { 204: z.null(), ...problemResponses(400, 401, 404) },
        },
      },
      async (request, reply) => {
        await answerSilently(ctx, requireViewer(request), request.params.id, answer)
        return reply.code(204).send(null)
      },
    )
  }

  app.post(
    '/api/invitations/:id/withdraw',
    {
      schema: {
        operationId: 'withdrawInvitation',
        tags: ['connections'],
        summary: 'Withdraw an invitation I sent (no new one to the same member for 21 days)',
        params: idParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await withdrawInvitation(ctx, requireViewer(request), request.params.id)
      return reply.code(204).send(null)
    },
  )
}
