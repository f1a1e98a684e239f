import createClient from 'openapi-fetch'
// @NOTE `schema.d.ts` is generated from the server's OpenAPI document (`npm run api:generate`).
import type { FieldProblem, Problem, paths } from './schema.js'

/** The typed client for every `/api` route; cookies go along on same-origin requests. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
})

/** A failed request, carrying the RFC 9457 problem fields and per-field messages for forms. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly type: string
  /** Field path (dot-separated, e.g. `positions.0.title`) to its message. */
  readonly fieldErrors: Readonly<Record<string, string>>
  readonly retryAfterSeconds: number | undefined

  constructor(init: {
    status: number
    title: string
    detail?: string | undefined
    type?: string | undefined
    errors?: FieldProblem[] | undefined
    retryAfterSeconds?: number | undefined
  }) {
    super(init.detail ?? init.title)
    this.status = init.status
    this.title = init.title
    this.detail = init.detail
    this.type = init.type ?? 'about:blank'
    this.retryAfterSeconds = init.retryAfterSeconds
    const fields: Record<string, string> = {}
    for (const e of init.errors ?? []) {
      if (!(e.path in fields)) fields[e.path] = e.message
    }
    this.fieldErrors = fields
  }

  /** The message for one field, if the server named it. */
  field(path: string): string | undefined {
    return this.fieldErrors[path]
  }
}

/** Any answer of the API is a Problem when it fails; a proxy or a lost connection may send anything. */
function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body
}

/** Builds an ApiError from whatever body a failed response carried. */
function toApiError(response: Response, body: unknown): ApiError {
  const retry = Number(response.headers.get('retry-after'))
  const retryAfterSeconds = Number.isFinite(retry) && retry > 0 ? retry : undefined
  if (isProblem(body)) return new ApiError({ ...body, retryAfterSeconds })
  return new ApiError({
    status: response.status,
    title: response.statusText || 'Request failed',
    retryAfterSeconds,
  })
}

type Result<T> = { data?: T; error?: unknown; response: Response }

/**
 * Resolves to the response data, or throws an ApiError for any non-2xx answer
 * (including empty-bodied ones, which openapi-fetch reports without an error value).
 */
export async function unwrap<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await request
  } catch (cause) {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'Rapport could not be reached. Check your connection and try again.',
      retryAfterSeconds: undefined,
      errors: undefined,
      type: cause instanceof Error ? cause.name : undefined,
    })
  }
  if (!result.response.ok) throw toApiError(result.response, result.error)
  return result.data as T
}

/** A human sentence for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      const wait = error.retryAfterSeconds
      return wait
        ? `${error.detail ?? error.title} Try again in ${formatWait(wait)}.`
        : (error.detail ?? error.title)
    }
    return error.detail ?? error.title
  }
  if (error instanceof Error) return error.message
  return 'Something went wrong.'
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} seconds`
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} minutes`
  if (seconds < 172_800) return `${Math.ceil(seconds / 3600)} hours`
  return `${Math.ceil(seconds / 86_400)} days`
}
