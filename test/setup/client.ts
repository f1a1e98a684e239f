import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { ORIGIN } from './harness.js'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface Caller {
  cookie?: string
  token?: string
}

/** A request as the web UI (cookie + Origin) or a script (bearer token) would send it. */
export async function call(
  app: FastifyInstance,
  method: Method,
  url: string,
  options: { as?: Caller; body?: unknown; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.as?.cookie !== undefined) headers.cookie = options.as.cookie
  if (options.as?.token !== undefined) headers.authorization = `Bearer ${options.as.token}`
  if (method !== 'GET' && headers.origin === undefined) headers.origin = ORIGIN
  return await app.inject({
    method,
    url,
    headers,
    ...(options.body !== undefined ? { payload: options.body as object } : {}),
  })
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'rapport_session')
  if (cookie === undefined) throw new Error(`no session cookie (status ${response.statusCode})`)
  return `rapport_session=${cookie.value}`
}

let counter = 0

/** Signs a new member up and returns their id and cookie. */
export async function signUp(
  app: FastifyInstance,
  fields: { name?: string; email?: string; password?: string } = {},
): Promise<{ id: string; email: string; cookie: string }> {
  counter += 1
  const email = fields.email ?? `member${counter}-${Date.now()}@example.org`
  const response = await call(app, 'POST', '/api/auth/signup', {
    body: {
      email,
      password: fields.password ?? 'correct horse battery',
      name: fields.name ?? `Member ${counter}`,
    },
  })
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.body}`)
  return { id: response.json().member.id, email, cookie: sessionCookieOf(response) }
}

/** Signs in again, as a member would after a long absence outlived their session. */
export async function signInAgain<M extends { email: string; cookie: string }>(
  app: FastifyInstance,
  member: M,
  password = 'correct horse battery',
): Promise<M> {
  const response = await call(app, 'POST', '/api/auth/login', {
    body: { email: member.email, password },
  })
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`)
  return { ...member, cookie: sessionCookieOf(response) }
}
