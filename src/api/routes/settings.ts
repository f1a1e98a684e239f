import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { memberEnvelopeSchema } from '../../contracts/accounts.js'
import { okSchema, problemResponses } from '../../contracts/common.js'
import {
  changePasswordSchema,
  emailChangeConfirmSchema,
  emailChangeRequestSchema,
  notificationChoicesPatchSchema,
  notificationChoicesSchema,
  pendingEmailChangeSchema,
} from '../../contracts/settings.js'
import {
  changePassword,
  confirmEmailChange,
  pendingEmailChange,
  requestEmailChange,
} from '../../services/accounts/index.js'
import type { ServiceContext } from '../../services/context.js'
import {
  notificationChoicesOf,
  updateNotificationChoices,
} from '../../services/mail-preferences/index.js'
import { requireViewer, SESSION_COOKIE } from '../auth.js'

export const settingsRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/me/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['accounts'],
        summary:
          'Change my password (the current one is required, 422 when wrong); ends every other session, access token and reset code',
        body: changePasswordSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 422, 429) },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, requireViewer(request), request.body, {
        sessionToken:
          request.authMethod === 'session' ? (request.cookies[SESSION_COOKIE] ?? null) : null,
        tokenId: request.bearer?.tokenId ?? null,
      })
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/me/email',
    {
      schema: {
        operationId: 'requestEmailChange',
        tags: ['accounts'],
        summary:
          'Ask to change my e-mail: the new address is mailed a code (answers the same whether or not it has an account); the old address stays until the code is confirmed',
        body: emailChangeRequestSchema,
        response: { 202: okSchema, ...problemResponses(400, 401, 422, 429) },
      },
    },
    async (request, reply) => {
      await requestEmailChange(ctx, requireViewer(request), request.body)
      return reply.code(202).send({ ok: true as const })
    },
  )

  app.get(
    '/api/me/email',
    {
      schema: {
        operationId: 'getPendingEmailChange',
        tags: ['accounts'],
        summary: 'The change of e-mail waiting for its code, if any',
        response: { 200: pendingEmailChangeSchema, ...problemResponses(401) },
      },
    },
    async (request) => await pendingEmailChange(ctx, requireViewer(request)),
  )

  app.post(
    '/api/me/email/confirm',
    {
      schema: {
        operationId: 'confirmEmailChange',
        tags: ['accounts'],
        summary:
          'Confirm a change of e-mail with the mailed code (400 when wrong or expired; five wrong codes void the change)',
        body: emailChangeConfirmSchema,
        response: { 200: memberEnvelopeSchema, ...problemResponses(400, 401, 409) },
      },
    },
    async (request) => await confirmEmailChange(ctx, requireViewer(request), request.body.code),
  )

  app.get(
    '/api/me/notifications',
    {
      schema: {
        operationId: 'getNotificationChoices',
        tags: ['accounts'],
        summary: 'Which e-mails I want (defaults until I choose)',
        response: { 200: notificationChoicesSchema, ...problemResponses(401) },
      },
    },
    async (request) => await notificationChoicesOf(ctx, requireViewer(request)),
  )

  app.patch(
    '/api/me/notifications',
    {
      schema: {
        operationId: 'updateNotificationChoices',
        tags: ['accounts'],
        summary: 'Turn kinds of e-mail on or off; kinds not named keep their value',
        body: notificationChoicesPatchSchema,
        response: { 200: notificationChoicesSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await updateNotificationChoices(ctx, requireViewer(request), request.body),
  )
}
