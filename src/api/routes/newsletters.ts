import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  createIssueSchema,
  issueCreatedSchema,
  issueListSchema,
  issueSchema,
  issueStatsSchema,
  previewSchema,
  receivedListSchema,
  renderedSchema,
  sendAcceptedSchema,
  unsubscribeParamsSchema,
  visitSchema,
} from '../../contracts/newsletters.js'
import type { ServiceContext } from '../../services/context.js'
import {
  createIssue,
  getIssue,
  issueStats,
  listMyIssues,
  pauseIssue,
  previewIssue,
  receivedIssues,
  recordEmailVisit,
  recordRead,
  resumeIssue,
  sendIssue,
  unsubscribeByLink,
  unsubscribePage,
} from '../../services/newsletters/index.js'
import { requireViewer } from '../auth.js'

export const newsletterRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  // A one-click unsubscribe arrives as a form (RFC 8058: `List-Unsubscribe=One-Click`); its
  // content matters to nobody, so it is taken as text, here only.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => done(null, body),
  )

  app.post(
    '/api/newsletters/issues',
    {
      schema: {
        operationId: 'createIssue',
        tags: ['newsletters'],
        summary: 'Write an issue (a draft) for a circle or all connections',
        body: createIssueSchema,
        response: { 201: issueCreatedSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createIssue(ctx, requireViewer(request), request.body)),
  )

  app.get(
    '/api/newsletters/issues',
    {
      schema: {
        operationId: 'listMyIssues',
        tags: ['newsletters'],
        summary: 'The issues I wrote, newest first',
        response: { 200: issueListSchema, ...problemResponses(401) },
      },
    },
    async (request) => await listMyIssues(ctx, requireViewer(request)),
  )

  app.post(
    '/api/newsletters/preview',
    {
      schema: {
        operationId: 'previewIssue',
        tags: ['newsletters'],
        summary: 'The HTML Markdown becomes, as readers will see it (writes nothing)',
        body: previewSchema,
        response: { 200: renderedSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      requireViewer(request)
      return previewIssue(request.body.markdown)
    },
  )

  app.get(
    '/api/newsletters/issues/:id',
    {
      schema: {
        operationId: 'getIssue',
        tags: ['newsletters'],
        summary: 'An issue, for its author and its audience only',
        params: idParamsSchema,
        response: { 200: issueSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await getIssue(ctx, request.viewer, request.params.id),
  )

  for (const [action, operationId, summary, run] of [
    [
      'send',
      'sendIssue',
      'Send a draft: in the app at once, by e-mail as a durable job',
      sendIssue,
    ],
    ['pause', 'pauseIssue', 'Pause the e-mail of an issue being sent', pauseIssue],
    ['resume', 'resumeIssue', 'Resume a paused send where it stopped', resumeIssue],
  ] as const) {
    app.post(
      `/api/newsletters/issues/:id/${action}`,
      {
        schema: {
          operationId,
          tags: ['newsletters'],
          summary,
          params: idParamsSchema,
          response: { 202: sendAcceptedSchema, ...problemResponses(400, 401, 404, 409, 422) },
        },
      },
      async (request, reply) =>
        reply.code(202).send(await run(ctx, requireViewer(request), request.params.id)),
    )
  }

  app.post(
    '/api/newsletters/issues/:id/read',
    {
      schema: {
        operationId: 'recordIssueRead',
        tags: ['newsletters'],
        summary: 'Record an in-app read by the signed-in recipient',
        params: idParamsSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await recordRead(ctx, requireViewer(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/newsletters/email-visits',
    {
      schema: {
        operationId: 'recordEmailVisit',
        tags: ['newsletters'],
        summary: 'Count a visit from the link in a newsletter mail (apart from reads)',
        // The signed link is the credential: a visit is counted whoever opens it.
        security: [],
        body: visitSchema,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await recordEmailVisit(ctx, request.body.token)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/newsletters/received',
    {
      schema: {
        operationId: 'receivedIssues',
        tags: ['newsletters'],
        summary: 'The issues I received, newest first',
        response: { 200: receivedListSchema, ...problemResponses(401) },
      },
    },
    async (request) => await receivedIssues(ctx, requireViewer(request)),
  )

  app.get(
    '/api/newsletters/issues/:id/stats',
    {
      schema: {
        operationId: 'issueStats',
        tags: ['newsletters'],
        summary: 'Recipients, reads and read rate by seniority band and by circle, for the author',
        params: idParamsSchema,
        response: { 200: issueStatsSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await issueStats(ctx, requireViewer(request), request.params.id),
  )

  // The address in `List-Unsubscribe`: a GET shows a page with a button, a POST unsubscribes.
  app.get(
    '/api/newsletters/unsubscribe',
    { schema: { hide: true, querystring: unsubscribeParamsSchema } },
    async (request, reply) =>
      reply.type('text/html; charset=utf-8').send(await unsubscribePage(ctx, request.query.token)),
  )

  app.post(
    '/api/newsletters/unsubscribe',
    { schema: { hide: true, querystring: unsubscribeParamsSchema } },
    async (request, reply) => {
      const result = await unsubscribeByLink(ctx, request.query.token)
      return reply
        .code(result.ok ? 200 : 404)
        .type('text/html; charset=utf-8')
        .send(result.html)
    },
  )
}
