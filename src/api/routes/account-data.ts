import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { personalDataSchema } from '../../contracts/accounts.js'
import { problemResponses } from '../../contracts/common.js'
import {
  CSV_TABLES,
  eraseAccount,
  exportPersonalCsv,
  exportPersonalData,
} from '../../services/account-data/index.js'
import type { ServiceContext } from '../../services/context.js'
import { clearSessionCookie, requireViewer } from '../auth.js'

export const accountDataRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/me/export',
    {
      schema: {
        operationId: 'exportMyData',
        tags: ['personal-data'],
        summary: 'Everything I own, as one JSON document',
        response: { 200: personalDataSchema, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const data = await exportPersonalData(ctx, requireViewer(request))
      return reply
        .header('content-disposition', 'attachment; filename="rapport-export.json"')
        .send(JSON.parse(JSON.stringify(data)))
    },
  )

  app.get(
    '/api/me/export/:table',
    {
      schema: {
        operationId: 'exportMyTable',
        tags: ['personal-data'],
        summary: 'One table of my export as CSV: contacts.csv, interactions.csv or connections.csv',
        params: z.object({ table: z.enum(CSV_TABLES.map((t) => `${t}.csv`)) }).strict(),
        response: {
          200: { description: 'The table as CSV', content: { 'text/csv': { schema: z.string() } } },
          ...problemResponses(400, 401),
        },
      },
    },
    async (request, reply) => {
      const table = request.params.table.replace(/\.csv$/, '')
      const csv = await exportPersonalCsv(ctx, requireViewer(request), table)
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.table}"`)
        .send(csv)
    },
  )

  app.delete(
    '/api/me',
    {
      schema: {
        operationId: 'deleteMe',
        tags: ['personal-data'],
        summary: 'Erase my account and everything personal to it',
        response: { 204: z.null(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      await eraseAccount(ctx, requireViewer(request))
      clearSessionCookie(reply)
      return reply.code(204).send(null)
    },
  )
}
