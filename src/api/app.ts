import { existsSync } from 'node:fs'
import { join } from 'node:path'
import cookie from '@fastify/cookie'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { createLogger, type Logger, logDestination } from '../logger.js'
import { projectPath } from '../paths.js'
import type { ServiceContext } from '../services/context.js'
import { registerAuth } from './auth.js'
import { registerConnectionDrain } from './connection-drain.js'
import { registerHostCheck } from './host-check.js'
import { registerOpenApi } from './openapi.js'
import { handleError, problem, sendProblem } from './problem.js'
import { accountDataRoutes } from './routes/account-data.js'
import { accountRoutes } from './routes/accounts.js'
import { backupRoutes } from './routes/backup.js'
import { blockRoutes } from './routes/blocks.js'
import { circleRoutes } from './routes/circles.js'
import { connectionRoutes } from './routes/connections.js'
import { contactRoutes } from './routes/contacts.js'
import { devMailRoutes } from './routes/dev-mail.js'
import { eventRoutes } from './routes/events.js'
import { healthRoutes } from './routes/health.js'
import { importRoutes } from './routes/imports.js'
import { insightRoutes } from './routes/insights.js'
import { introductionRoutes } from './routes/introductions.js'
import { invitationRoutes } from './routes/invitations.js'
import { memberRoutes } from './routes/members.js'
import { messageRequestRoutes } from './routes/message-requests.js'
import { messageRoutes } from './routes/messages.js'
import { moderationRoutes } from './routes/moderation.js'
import { newsletterRoutes } from './routes/newsletters.js'
import { operatorRoutes } from './routes/operator.js'
import { operatorInvitationRoutes } from './routes/operator-invitations.js'
import { operatorSettingsRoutes } from './routes/operator-settings.js'
import { pathRoutes } from './routes/paths.js'
import { postRoutes } from './routes/posts.js'
import { recommendationRoutes } from './routes/recommendations.js'
import { settingsRoutes } from './routes/settings.js'
import { streamRoutes } from './routes/stream.js'
import { tokenRoutes } from './routes/tokens.js'
import { registerSecurityHeaders } from './security-headers.js'
import { registerTextCheck } from './text-check.js'

export interface AppOptions {
  ctx: ServiceContext
  /** Serve the built web UI from this folder (default: web/dist when it exists). */
  webRoot?: string | null
  /** Where request logs go: false for none; by default stderr at the configured level. */
  logger?: false | Logger
}

export const BODY_LIMIT_BYTES = 1024 * 1024

/** Builds the HTTP application without listening, so tests can `inject` requests. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { ctx } = options
  const app = Fastify({
    ...(options.logger === false
      ? { logger: false }
      : {
          loggerInstance: (options.logger ??
            createLogger(
              'http',
              ctx.config.logLevel,
              logDestination(ctx.config.logFormat),
            )) as FastifyBaseLogger,
        }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Behind a proxy every request comes from the proxy's address; the limits per client address
    // (sign-ups, reset requests, the login lockout) need the client's.
    trustProxy: ctx.config.trustProxy ?? false,
    // What the router refuses before any route runs (an over-long path parameter, a malformed
    // percent-escape) is answered as a problem like every other refusal, not Fastify's own JSON.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      sendProblem(
        reply,
        tooLong
          ? problem(414, 'uri_too_long', 'A path parameter is longer than any identifier here.')
          : problem(400, 'bad_url', 'The path is not a valid URL (a malformed percent-escape).'),
      )
    },
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(handleError)

  registerConnectionDrain(app)
  await registerOpenApi(app)
  await registerSecurityHeaders(app, ctx.config)
  await app.register(cookie)
  registerHostCheck(app, ctx.config)
  registerAuth(app, ctx)
  registerTextCheck(app)

  await app.register(healthRoutes)
  await app.register(accountRoutes, { ctx })
  await app.register(tokenRoutes, { ctx })
  await app.register(settingsRoutes, { ctx })
  await app.register(memberRoutes, { ctx })
  await app.register(invitationRoutes, { ctx })
  await app.register(connectionRoutes, { ctx })
  await app.register(blockRoutes, { ctx })
  await app.register(recommendationRoutes, { ctx })
  await app.register(pathRoutes, { ctx })
  await app.register(operatorRoutes, { ctx })
  await app.register(backupRoutes, { ctx })
  await app.register(operatorSettingsRoutes, { ctx })
  await app.register(operatorInvitationRoutes, { ctx })
  await app.register(moderationRoutes, { ctx })
  await app.register(contactRoutes, { ctx })
  await app.register(circleRoutes, { ctx })
  await app.register(newsletterRoutes, { ctx })
  await app.register(postRoutes, { ctx })
  await app.register(eventRoutes, { ctx })
  await app.register(insightRoutes, { ctx })
  await app.register(introductionRoutes, { ctx })
  await app.register(importRoutes, { ctx })
  await app.register(messageRoutes, { ctx })
  await app.register(streamRoutes, { ctx })
  await app.register(messageRequestRoutes, { ctx })
  await app.register(accountDataRoutes, { ctx })
  await app.register(devMailRoutes, { ctx })

  await registerWeb(
    app,
    options.webRoot === undefined ? projectPath('web', 'dist') : options.webRoot,
  )
  return app
}

/** The single-page UI: static files, and index.html for any other page route; JSON 404s for the API. */
async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const hasWeb = webRoot !== null && existsSync(join(webRoot, 'index.html'))
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false })
  app.setNotFoundHandler(async (request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html')
    if (isPage && hasWeb) return reply.type('text/html').sendFile('index.html')
    if (isPage) {
      return reply
        .type('text/html')
        .send(
          '<!doctype html><title>Rapport</title><p>The web UI is not built: run <code>npm run build</code>.</p>',
        )
    }
    return sendProblem(
      reply,
      problem(404, 'not_found', `No route ${request.method} ${request.url}`),
    )
  })
}
