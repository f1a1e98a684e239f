import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import {
  cadencesBodySchema,
  healthQuerySchema,
  healthSchema,
  pruneBulkResultSchema,
  pruneBulkSchema,
  pruneFeedbackResultSchema,
  pruneFeedbackSchema,
  pruneListSchema,
  pruneQuerySchema,
  pruneUndoResultSchema,
  stayInTouchQuerySchema,
  stayInTouchSchema,
} from '../../contracts/insights.js'
import type { ServiceContext } from '../../services/context.js'
import {
  healthFor,
  markPruneSuggestion,
  pruneContacts,
  pruneSuggestions,
  setCadences,
  stayInTouchFor,
  undoPrune,
} from '../../services/insights/index.js'
import { requireViewer } from '../auth.js'

export const insightRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/insights/health',
    {
      schema: {
        operationId: 'getNetworkHealth',
        tags: ['insights'],
        summary:
          'My network at a glance: size by strength band, reciprocity, responsiveness, outcomes',
        querystring: healthQuerySchema,
        response: { 200: healthSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await healthFor(ctx, requireViewer(request), request.query.asOf),
  )

  app.get(
    '/api/insights/prune',
    {
      schema: {
        operationId: 'listPruneSuggestions',
        tags: ['insights'],
        summary:
          'Contacts worth pruning at my own threshold, clear cases first, a page at a time, each with its reasons',
        querystring: pruneQuerySchema,
        response: { 200: pruneListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await pruneSuggestions(ctx, requireViewer(request), request.query),
  )

  app.post(
    '/api/insights/prune/feedback',
    {
      schema: {
        operationId: 'markPruneSuggestion',
        tags: ['insights'],
        summary: 'Mark a suggestion right (prune) or wrong (keep); my threshold learns from marks',
        body: pruneFeedbackSchema,
        response: { 200: pruneFeedbackResultSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      await markPruneSuggestion(
        ctx,
        requireViewer(request),
        request.body.contactId,
        request.body.verdict,
      ),
  )

  app.post(
    '/api/insights/prune/remove',
    {
      schema: {
        operationId: 'pruneContacts',
        tags: ['insights'],
        summary:
          'Prune several contacts at once (connections removed quietly); undo within 30 days',
        body: pruneBulkSchema,
        response: { 200: pruneBulkResultSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await pruneContacts(ctx, requireViewer(request), request.body.contactIds),
  )

  app.post(
    '/api/insights/prune/undo',
    {
      schema: {
        operationId: 'undoPrune',
        tags: ['insights'],
        summary: 'Undo a prune within 30 days',
        body: pruneBulkSchema,
        response: { 200: pruneUndoResultSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await undoPrune(ctx, requireViewer(request), request.body.contactIds),
  )

  app.get(
    '/api/insights/stay-in-touch',
    {
      schema: {
        operationId: 'getStayInTouch',
        tags: ['insights'],
        summary: 'Who is due a word, by my cadence per circle',
        querystring: stayInTouchQuerySchema,
        response: { 200: stayInTouchSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      await stayInTouchFor(
        ctx,
        requireViewer(request),
        request.query.horizonDays,
        request.query.asOf,
      ),
  )

  app.put(
    '/api/insights/cadences',
    {
      schema: {
        operationId: 'setCadences',
        tags: ['insights'],
        summary: 'Set my stay-in-touch cadence per circle, in days',
        body: cadencesBodySchema,
        response: { 200: stayInTouchSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await setCadences(ctx, requireViewer(request), request.body.cadences),
  )
}
