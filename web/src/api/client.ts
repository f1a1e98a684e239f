import createClient from 'openapi-fetch'
// @NOTE `schema.d.ts` is generated from the server's OpenAPI document (`npm run api:generate`).
import type { paths } from './schema.js'
import type { FieldProblem } from './types.js'

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
      const key = normaliseFieldPath(e.path)
      if (!(key in fields)) fields[key] = e.message
    }
    this.fieldErrors = fields
  }

  /** The message for one field, if the server named it. */
  field(path: string): string | undefined {
    return this.fieldErrors[path]
  }
}

/**
 * Problem paths may arrive as JSON pointers (`/positions/0/title`), dotted paths, or prefixed
 * with the request part (`body.email`); forms look them up in one dotted form.
 */
export function normaliseFieldPath(path: string): string {
  const parts = path
    .replace(/^#/, '')
    .split(/[/.[\]]+/)
    .filter((p) => p.length > 0)
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params') parts.shift()
  return parts.join('.')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return []
  const out: FieldProblem[] = []
  for (const item of value) {
    if (!isRecord(item)) continue
    const path = Array.isArray(item.path) ? item.path.join('.') : item.path
    if (typeof path === 'string' && typeof item.message === 'string') {
      out.push({ path, message: item.message })
    }
  }
  return out
}

/** Builds an ApiError from whatever body a failed response carried. */
export function toApiError(response: Response, body: unknown): ApiError {
  const retry = Number(response.headers.get('retry-after'))
  const retryAfterSeconds = Number.isFinite(retry) && retry > 0 ? retry : undefined
  if (isRecord(body)) {
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : response.status,
      title: typeof body.title === 'string' ? body.title : response.statusText || 'Request failed',
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      type: typeof body.type === 'string' ? body.type : undefined,
      errors: parseFieldProblems(body.errors),
      retryAfterSeconds,
    })
  }
  return new ApiError({
    status: response.status,
    title: response.statusText || 'Request failed',
    detail: typeof body === 'string' && body.length > 0 && body.length < 300 ? body : undefined,
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
