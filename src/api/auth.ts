import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../errors.js'
import type { MemberId } from '../ids.js'
import {
  type BearerCredential,
  credentialForAccessToken,
  memberForSession,
  SESSION_TTL_MS,
} from '../services/accounts/index.js'
import type { ServiceContext } from '../services/context.js'

export const SESSION_COOKIE = 'rapport_session'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in member, or null for a visitor. */
    viewer: MemberId | null
    authMethod: 'session' | 'token' | null
    /** The access token of a bearer request, or null. */
    bearer: BearerCredential | null
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves the caller from a bearer token or the session cookie, and refuses cross-origin
 * state changes that ride on the cookie (bearer requests carry no ambient credential).
 */
export function registerAuth(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('viewer', null)
  app.decorateRequest('authMethod', null)
  app.decorateRequest('bearer', null)
  app.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization)
      const bearer = match?.[1] === undefined ? null : await credentialForAccessToken(ctx, match[1])
      if (bearer === null) throw new AppError('unauthenticated', 'The access token is not valid')
      request.viewer = bearer.memberId
      request.authMethod = 'token'
      request.bearer = bearer
      return
    }
    if (!SAFE_METHODS.has(request.method)) checkOrigin(request, ctx)
    const cookie = request.cookies[SESSION_COOKIE]
    if (cookie === undefined) return
    request.viewer = await memberForSession(ctx, cookie)
    request.authMethod = request.viewer === null ? null : 'session'
  })
}

function checkOrigin(request: FastifyRequest, ctx: ServiceContext): void {
  const origin = request.headers.origin
  const hasSession = request.cookies[SESSION_COOKIE] !== undefined
  if (origin === undefined) {
    if (hasSession) {
      throw new AppError('forbidden', 'A request signed in by cookie must carry an Origin header')
    }
    return
  }
  const allowed = new Set([`${request.protocol}://${request.host}`])
  if (ctx.config.publicUrl !== undefined) allowed.add(new URL(ctx.config.publicUrl).origin)
  if (!allowed.has(origin)) throw new AppError('forbidden', 'Cross-origin request refused')
}

export function requireViewer(request: FastifyRequest): MemberId {
  if (request.viewer === null) throw new AppError('unauthenticated', 'Sign in first')
  return request.viewer
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  })
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}
