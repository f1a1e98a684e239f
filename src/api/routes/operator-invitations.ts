import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import {
  operatorListQuerySchema,
  signupInvitationEnvelopeSchema,
  signupInvitationInputSchema,
  signupInvitationListSchema,
} from '../../contracts/operator.js'
import type { ServiceContext } from '../../services/context.js'
import { inviteToSignUp, signupInvitations } from '../../services/operator/index.js'
import { requireViewer } from '../auth.js'

export const operatorInvitationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/operator/invitations',
    {
      schema: {
        operationId: 'inviteToSignUp',
        tags: ['operator'],
        summary: 'Mail a single-use, expiring sign-up link to an address',
        body: signupInvitationInputSchema,
        response: {
          201: signupInvitationEnvelopeSchema,
          ...problemResponses(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const { invitation } = await inviteToSignUp(ctx, requireViewer(request), request.body)
      return reply.code(201).send({ invitation })
    },
  )

  app.get(
    '/api/operator/invitations',
    {
      schema: {
        operationId: 'listSignupInvitations',
        tags: ['operator'],
        summary: 'The sign-up links sent, newest first, with whether each was used',
        querystring: operatorListQuerySchema,
        response: { 200: signupInvitationListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await signupInvitations(ctx, requireViewer(request), request.query.limit),
    }),
  )
}
