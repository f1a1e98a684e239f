import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import {
  auditLogSchema,
  instanceHealthSchema,
  instanceSettingsPatchSchema,
  instanceSettingsSchema,
  operatorListQuerySchema,
} from '../../contracts/operator.js'
import type { ServiceContext } from '../../services/context.js'
import {
  auditLog,
  instanceHealth,
  operatorSettings,
  updateInstanceSettings,
} from '../../services/operator/index.js'
import { requireViewer } from '../auth.js'

export const operatorSettingsRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/operator/settings',
    {
      schema: {
        operationId: 'getInstanceSettings',
        tags: ['operator'],
        summary: 'The instance settings in force: sign-up mode and limits',
        response: { 200: instanceSettingsSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => await operatorSettings(ctx, requireViewer(request)),
  )

  app.patch(
    '/api/operator/settings',
    {
      schema: {
        operationId: 'updateInstanceSettings',
        tags: ['operator'],
        summary: 'Change settings at run time; every process applies them at once (audited)',
        body: instanceSettingsPatchSchema,
        response: { 200: instanceSettingsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => await updateInstanceSettings(ctx, requireViewer(request), request.body),
  )

  app.get(
    '/api/operator/health',
    {
      schema: {
        operationId: 'getInstanceHealth',
        tags: ['operator'],
        summary:
          "The instance's health: database size, members, ties, graph build time, jobs, last backup",
        response: { 200: instanceHealthSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => await instanceHealth(ctx, requireViewer(request)),
  )

  app.get(
    '/api/operator/audit',
    {
      schema: {
        operationId: 'listOperatorActions',
        tags: ['operator'],
        summary: 'The audit log of operator actions, newest first',
        querystring: operatorListQuerySchema,
        response: { 200: auditLogSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await auditLog(ctx, requireViewer(request), request.query.limit),
    }),
  )
}
