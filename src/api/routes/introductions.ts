import { createReadStream } from 'node:fs'
import multipart from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  acceptedIntroductionSchema,
  createIntroductionOutcomeSchema,
  createIntroductionSchema,
  declineIntroductionSchema,
  forwardIntroductionSchema,
  introducerBarSchema,
  introducerRecordSchema,
  introducerSettingsSchema,
  introductionEnvelopeSchema,
  introductionListQuerySchema,
  introductionListSchema,
  introductionOutcomeSchema,
  networkProducedSchema,
  outcomeQuestionListSchema,
} from '../../contracts/introductions.js'
import { MAX_RESUME_BYTES } from '../../domain/pdf-check.js'
import { AppError } from '../../errors.js'
import type { ServiceContext } from '../../services/context.js'
import {
  acceptIntroduction,
  declineIntroduction,
  forwardIntroduction,
  getIntroduction,
  introducerBar,
  introducerRecord,
  introducerSettings,
  introductionView,
  listIntroductions,
  networkProduced,
  outcomeQuestions,
  recordIntroductionOutcome,
  requestIntroduction,
  requestReferral,
  resumeOf,
  setIntroducerSettings,
} from '../../services/introductions/index.js'
import { requireViewer } from '../auth.js'

const tags = ['introductions']

/** The form of a referral: the fields of a request, and the résumé as `resume`. */
const referralUploadSchema = z.unknown().meta({
  type: 'object',
  properties: {
    via: { type: 'string' },
    target: { type: 'string' },
    valueForTarget: { type: 'string' },
    valueForRequester: { type: 'string' },
    resume: { type: 'string', format: 'binary', description: 'The résumé, a PDF of at most 5 MB' },
  },
  required: ['via', 'target', 'valueForTarget', 'valueForRequester', 'resume'],
})

/** Reads a referral's form: its text fields checked as a request's, and the résumé's bytes. */
async function readReferralForm(request: FastifyRequest) {
  if (!request.isMultipart()) {
    throw new AppError('bad_request', 'Send a referral as multipart/form-data')
  }
  const fields: Record<string, string> = {}
  let resume: { bytes: Buffer; filename: string } | null = null
  try {
    for await (const part of request.parts({
      limits: { fileSize: MAX_RESUME_BYTES, files: 1, fields: 8 },
    })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'resume') throw new AppError('bad_request', 'Unexpected file')
        const bytes = await part.toBuffer()
        resume = { bytes, filename: part.filename }
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as { code?: string }).code
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('too_large', 'A résumé is at most 5 MB')
    throw new AppError('bad_request', 'The form could not be read', { cause: error })
  }
  if (resume === null) throw new AppError('bad_request', 'No résumé in the form')
  const parsed = createIntroductionSchema.safeParse(fields)
  if (!parsed.success) {
    throw new AppError('validation', 'The referral is not valid', {
      errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    })
  }
  return { input: parsed.data, resume }
}

export const introductionRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_RESUME_BYTES, files: 1, fields: 8 },
  })

  app.post(
    '/api/introductions/referrals',
    {
      schema: {
        operationId: 'requestReferral',
        tags,
        summary:
          'Ask a connection to refer me to someone hiring, with my résumé (multipart/form-data, a PDF of at most 5 MB)',
        description:
          'The same rules as a request for an introduction; the résumé is checked by its content and served only to the three parties.',
        consumes: ['multipart/form-data'],
        body: referralUploadSchema,
        response: {
          201: introductionEnvelopeSchema,
          ...problemResponses(400, 401, 409, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request)
      const { input, resume } = await readReferralForm(request)
      const row = await requestReferral(ctx, viewer, input, resume)
      const introduction = await introductionView(ctx, viewer, row, 'requester')
      return reply.code(201).send({ introduction })
    },
  )

  app.get(
    '/api/introductions/:id/resume',
    {
      schema: {
        operationId: 'downloadResume',
        tags,
        summary: 'A referral’s résumé, as an attachment, for its three parties only',
        params: idParamsSchema,
        response: {
          200: {
            description: 'The résumé, a PDF, as an attachment',
            content: { 'application/pdf': { schema: z.unknown() } },
          },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const resume = await resumeOf(ctx, requireViewer(request), request.params.id)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${resume.name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(createReadStream(resume.path))
    },
  )

  app.post(
    '/api/introductions',
    {
      schema: {
        operationId: 'requestIntroduction',
        tags,
        summary: 'Ask a connection to introduce me to one of theirs, with the value for each side',
        description:
          '422 unless I am connected to `via`, `via` to `target`, and `via` lets me know whom they know; 422 below the introducer’s bar; 429 past the open-request limits (per requester, and 3 through one introducer).',
        body: createIntroductionSchema,
        response: {
          201: introductionEnvelopeSchema,
          ...problemResponses(400, 401, 409, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request)
      const row = await requestIntroduction(ctx, viewer, request.body)
      const introduction = await introductionView(ctx, viewer, row, 'requester')
      return reply.code(201).send({ introduction })
    },
  )

  app.get(
    '/api/introductions',
    {
      schema: {
        operationId: 'listIntroductions',
        tags,
        summary: 'Introductions I asked for, was asked to make, or was offered, newest first',
        querystring: introductionListQuerySchema,
        response: { 200: introductionListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await listIntroductions(ctx, requireViewer(request), request.query),
  )

  app.get(
    '/api/introductions/outcome-questions',
    {
      schema: {
        operationId: 'listOutcomeQuestions',
        tags,
        summary: 'Introductions I am asked, once, what they led to',
        response: { 200: outcomeQuestionListSchema, ...problemResponses(401) },
      },
    },
    async (request) => await outcomeQuestions(ctx, requireViewer(request)),
  )

  app.get(
    '/api/introductions/produced',
    {
      schema: {
        operationId: 'networkProduced',
        tags,
        summary: 'What my network produced: what the introductions I was given led to',
        response: { 200: networkProducedSchema, ...problemResponses(401) },
      },
    },
    async (request) => await networkProduced(ctx, requireViewer(request)),
  )

  app.get(
    '/api/introductions/introducer-record',
    {
      schema: {
        operationId: 'introducerRecord',
        tags,
        summary: 'My private record of the introductions I made and what they led to',
        response: { 200: introducerRecordSchema, ...problemResponses(401) },
      },
    },
    async (request) => await introducerRecord(ctx, requireViewer(request)),
  )

  app.get(
    '/api/me/introducer-settings',
    {
      schema: {
        operationId: 'getIntroducerSettings',
        tags,
        summary: 'My bar for introduction requests',
        response: { 200: introducerSettingsSchema, ...problemResponses(401) },
      },
    },
    async (request) => await introducerSettings(ctx, requireViewer(request)),
  )

  app.put(
    '/api/me/introducer-settings',
    {
      schema: {
        operationId: 'setIntroducerSettings',
        tags,
        summary:
          'Set my bar: a minimum tie strength, and a wider door for students and people in transition',
        body: introducerSettingsSchema,
        response: { 200: introducerSettingsSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => await setIntroducerSettings(ctx, requireViewer(request), request.body),
  )

  app.get(
    '/api/members/:id/introducer-bar',
    {
      schema: {
        operationId: 'getIntroducerBar',
        tags,
        summary:
          'Whether a connection takes introduction requests from all connections or close ties only',
        params: idParamsSchema,
        response: { 200: introducerBarSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await introducerBar(ctx, requireViewer(request), request.params.id),
  )

  app.get(
    '/api/introductions/:id',
    {
      schema: {
        operationId: 'getIntroduction',
        tags,
        summary: 'One introduction, as my part in it lets me see it',
        params: idParamsSchema,
        response: { 200: introductionEnvelopeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({
      introduction: await getIntroduction(ctx, requireViewer(request), request.params.id),
    }),
  )

  app.post(
    '/api/introductions/:id/forward',
    {
      schema: {
        operationId: 'forwardIntroduction',
        tags,
        summary: 'As the introducer, pass the request on to the target with why I vouch',
        params: idParamsSchema,
        body: forwardIntroductionSchema,
        response: { 200: introductionEnvelopeSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request)
      const row = await forwardIntroduction(ctx, viewer, request.params.id, request.body.note)
      return { introduction: await introductionView(ctx, viewer, row, 'introducer') }
    },
  )

  app.post(
    '/api/introductions/:id/decline',
    {
      schema: {
        operationId: 'declineIntroduction',
        tags,
        summary:
          'As the introducer or the target, decline; the requester sees “not this time”, and the reason stays mine',
        params: idParamsSchema,
        body: declineIntroductionSchema,
        response: { 200: introductionEnvelopeSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request)
      const row = await declineIntroduction(
        ctx,
        viewer,
        request.params.id,
        request.body.reason ?? null,
      )
      const role = row.introducerId === viewer ? 'introducer' : 'target'
      return { introduction: await introductionView(ctx, viewer, row, role) }
    },
  )

  app.post(
    '/api/introductions/:id/accept',
    {
      schema: {
        operationId: 'acceptIntroduction',
        tags,
        summary: 'As the target, accept: the introduction is made',
        params: idParamsSchema,
        response: { 200: acceptedIntroductionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const row = await acceptIntroduction(ctx, requireViewer(request), request.params.id)
      return { conversationId: row.conversationId }
    },
  )

  app.post(
    '/api/introductions/:id/outcome',
    {
      schema: {
        operationId: 'recordIntroductionOutcome',
        tags,
        summary: 'As one of the two introduced, say once what the introduction led to',
        params: idParamsSchema,
        body: createIntroductionOutcomeSchema,
        response: {
          201: introductionOutcomeSchema,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const outcome = await recordIntroductionOutcome(
        ctx,
        requireViewer(request),
        request.params.id,
        request.body,
      )
      return reply.code(201).send(outcome)
    },
  )
}
