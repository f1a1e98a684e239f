import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { type AppErrorCode, type FieldError, isAppError } from '../errors.js'

/** Every AppError code has exactly one HTTP status; the compiler checks the table is complete. */
export const STATUS_OF: Record<AppErrorCode, number> = {
  bad_request: 400,
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rule_violation: 422,
  rate_limited: 429,
  locked: 423,
  misdirected: 421,
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  421: 'Misdirected request',
  422: 'Against a rule',
  423: 'Locked',
  429: 'Too many requests',
  500: 'Internal error',
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  errors?: FieldError[]
}

export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): Problem {
  return {
    type: `/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors !== undefined && errors.length > 0 ? { errors } : {}),
  }
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body)
}

/** `/positions/0/title` (JSON pointer) to `positions.0.title`, the path people read. */
function pathOf(instancePath: string, context: string | undefined): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.')
  return path === '' ? (context ?? '') : path
}

/** The one error handler: AppErrors by their code, schema failures as 400, Fastify's own by status. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) {
    const status = STATUS_OF[error.code]
    if (error.retryAfterSeconds !== undefined)
      reply.header('retry-after', String(error.retryAfterSeconds))
    return sendProblem(reply, problem(status, error.code, error.message, error.errors))
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: pathOf(v.instancePath, error.validationContext),
      message: v.message ?? 'invalid',
    }))
    const where = error.validationContext ?? 'request'
    return sendProblem(reply, problem(400, 'validation', `The ${where} is not valid`, errors))
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500
  if (status >= 400 && status < 500) {
    return sendProblem(reply, problem(status, codeOf(error), error.message))
  }
  request.log.error({ err: error }, 'request failed')
  return sendProblem(reply, problem(500, 'internal', 'Something went wrong on our side'))
}

function codeOf(error: FastifyError): string {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'too_large'
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type'
  if (error.code?.startsWith('FST_ERR_CTP')) return 'malformed_body'
  return 'bad_request'
}
