import { ApiError, toApiError } from '../api/client.js'

type Query = Record<string, string | number | undefined>

interface RequestOptions {
  query?: Query
  body?: unknown
  form?: FormData
}

// @NOTE For routes of the API.md contract that the generated paths do not carry yet; the answer
// is typed by the caller against `api/types.ts`. Calls move to the typed `api` client as the
// routes land in `schema.d.ts`.
/** A same-origin JSON request; any non-2xx answer becomes an ApiError, as with `unwrap`. */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const url = new URL(path, globalThis.location.origin)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' }
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  let response: Response
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' })
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'Rapport could not be reached. Check your connection and try again.',
    })
  }
  const text = await response.text()
  let parsed: unknown = text
  if (text.length > 0 && (response.headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = text
    }
  }
  if (!response.ok) throw toApiError(response, parsed)
  return (text.length > 0 ? parsed : undefined) as T
}
