import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  importedRecommendationListSchema,
  importedRecommendationQuerySchema,
  proposeWorkedTogetherSchema,
  recommendationEnvelopeSchema,
  recommendationListQuerySchema,
  recommendationListSchema,
  workedTogetherEnvelopeSchema,
  workedTogetherListSchema,
  writeRecommendationSchema,
} from '../../contracts/recommendations.js'
import type { ServiceContext } from '../../services/context.js'
import {
  answerWorkedTogether,
  decideRecommendation,
  importedRecommendations,
  listRecommendations,
  listWorkedTogether,
  proposeWorkedTogether,
  type RecommendationAction,
  writeRecommendation,
} from '../../services/recommendations/index.js'
import { requireViewer } from '../auth.js'

const DECISIONS: { action: RecommendationAction; operationId: string; summary: string }[] = [
  {
    action: 'approve',
    operationId: 'approveRecommendation',
    summary: 'Approve a recommendation written for me: it appears on my profile',
  },
  {
    action: 'hide',
    operationId: 'hideRecommendation',
    summary: 'Hide a recommendation written for me (the author is not told)',
  },
  {
    action: 'unhide',
    operationId: 'unhideRecommendation',
    summary: 'Show again a recommendation I hid (on my profile only if I had approved it)',
  },
]

export const recommendationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/worked-together',
    {
      schema: {
        operationId: 'proposeWorkedTogether',
        tags: ['recommendations'],
        summary: 'Propose that I worked together with a member (company or project, from, to)',
        body: proposeWorkedTogetherSchema,
        response: {
          201: workedTogetherEnvelopeSchema,
          ...problemResponses(400, 401, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const workedTogether = await proposeWorkedTogether(ctx, requireViewer(request), request.body)
      return reply.code(201).send({ workedTogether })
    },
  )

  app.get(
    '/api/worked-together',
    {
      schema: {
        operationId: 'listWorkedTogether',
        tags: ['recommendations'],
        summary: 'Worked-together records proposed by me and to me, newest first',
        response: { 200: workedTogetherListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listWorkedTogether(ctx, requireViewer(request)) }),
  )

  for (const [verb, answer] of [
    ['confirm', 'confirmed'],
    ['decline', 'declined'],
  ] as const) {
    app.post(
      `/api/worked-together/:id/${verb}`,
      {
        schema: {
          operationId: `${verb}WorkedTogether`,
          tags: ['recommendations'],
          summary:
            verb === 'confirm'
              ? 'Confirm that we worked together, as proposed to me'
              : 'Decline a proposal made to me (the proposer is not told)',
          params: idParamsSchema,
          response: { 200: workedTogetherEnvelopeSchema, ...problemResponses(400, 401, 404, 409) },
        },
      },
      async (request) => ({
        workedTogether: await answerWorkedTogether(
          ctx,
          requireViewer(request),
          request.params.id,
          answer,
        ),
      }),
    )
  }

  app.post(
    '/api/recommendations',
    {
      schema: {
        operationId: 'writeRecommendation',
        tags: ['recommendations'],
        summary:
          'Recommend a member I have a confirmed worked-together record with (422 without one)',
        body: writeRecommendationSchema,
        response: {
          201: recommendationEnvelopeSchema,
          ...problemResponses(400, 401, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const recommendation = await writeRecommendation(ctx, requireViewer(request), request.body)
      return reply.code(201).send({ recommendation })
    },
  )

  app.get(
    '/api/recommendations',
    {
      schema: {
        operationId: 'listRecommendations',
        tags: ['recommendations'],
        summary: 'Recommendations written for me (`box=received`) or by me (`box=written`)',
        querystring: recommendationListQuerySchema,
        response: { 200: recommendationListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => ({
      items: await listRecommendations(ctx, requireViewer(request), request.query),
    }),
  )

  app.get(
    '/api/recommendations/imported',
    {
      schema: {
        operationId: 'listImportedRecommendations',
        tags: ['recommendations'],
        summary:
          'Recommendations from my LinkedIn imports (never published), all or about one contact',
        querystring: importedRecommendationQuerySchema,
        response: { 200: importedRecommendationListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({
      items: await importedRecommendations(ctx, requireViewer(request), request.query.contact),
    }),
  )

  for (const { action, operationId, summary } of DECISIONS) {
    app.post(
      `/api/recommendations/:id/${action}`,
      {
        schema: {
          operationId,
          tags: ['recommendations'],
          summary,
          params: idParamsSchema,
          response: { 200: recommendationEnvelopeSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => ({
        recommendation: await decideRecommendation(
          ctx,
          requireViewer(request),
          request.params.id,
          action,
        ),
      }),
    )
  }
}
