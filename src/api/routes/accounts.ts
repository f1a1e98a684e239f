import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  loginSchema,
  memberEnvelopeSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  signupSchema,
} from '../../contracts/accounts.js'
import { okSchema, problemResponses } from '../../contracts/common.js'
import type { MemberId } from '../../ids.js'
import {
  login,
  logout,
  requestPasswordReset,
  resetPassword,
  signOutEverywhere,
  signup,
} from '../../services/accounts/index.js'
import type { ServiceContext } from '../../services/context.js'
import { getMe } from '../../services/members/index.js'
import { clearSessionCookie, requireViewer, SESSION_COOKIE, setSessionCookie } from '../auth.js'

export const accountRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  const secure = ctx.config.publicUrl?.startsWith('https:') ?? false

  app.post(
    '/api/auth/signup',
    {
      schema: {
        operationId: 'signUp',
        tags: ['accounts'],
        summary:
          'Create an account and sign in (an e-mail that has an account gets the same answer, and its owner a mail)',
        security: [],
        body: signupSchema,
        response: { 201: memberEnvelopeSchema, ...problemResponses(400, 403, 429) },
      },
    },
    async (request, reply) => {
      const { member, sessionToken } = await signup(ctx, request.body, request.ip)
      setSessionCookie(reply, sessionToken, secure)
      return reply.code(201).send({ member })
    },
  )

  app.post(
    '/api/auth/login',
    {
      schema: {
        operationId: 'logIn',
        tags: ['accounts'],
        summary: 'Sign in with e-mail and password',
        security: [],
        body: loginSchema,
        response: { 200: memberEnvelopeSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { member, sessionToken } = await login(ctx, request.body, request.ip)
      setSessionCookie(reply, sessionToken, secure)
      return { member: await getMe(ctx, member.id as MemberId) }
    },
  )

  app.post(
    '/api/auth/logout',
    {
      schema: {
        operationId: 'logOut',
        tags: ['accounts'],
        summary: 'Sign out of this session',
        response: { 204: z.null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token !== undefined) await logout(ctx, token)
      clearSessionCookie(reply)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      schema: {
        operationId: 'signOutEverywhere',
        tags: ['accounts'],
        summary:
          'End every session, personal access token and outstanding reset code of my account, this one included',
        response: { 204: z.null(), ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      await signOutEverywhere(ctx, requireViewer(request))
      clearSessionCookie(reply)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        operationId: 'requestPasswordReset',
        tags: ['accounts'],
        summary:
          'Mail a password reset link (answers the same whether or not the account exists; limited per e-mail and per client address)',
        security: [],
        body: passwordResetRequestSchema,
        response: { 202: okSchema, ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email, request.ip)
      return reply.code(202).send({ ok: true as const })
    },
  )

  app.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        operationId: 'confirmPasswordReset',
        tags: ['accounts'],
        summary: 'Set a new password with a mailed reset token',
        security: [],
        body: passwordResetConfirmSchema,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await resetPassword(ctx, request.body.token, request.body.password)
      return reply.code(204).send(null)
    },
  )
}
