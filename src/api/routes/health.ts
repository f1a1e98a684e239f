import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { okSchema, problemResponses } from '../../contracts/common.js'

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'checkHealth',
        tags: ['health'],
        summary: 'Liveness',
        security: [],
        response: { 200: okSchema, ...problemResponses(401) },
      },
    },
    async () => ({ ok: true as const }),
  )
}
