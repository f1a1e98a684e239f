import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import { mailListSchema } from '../../contracts/operator.js'
import type { ServiceContext } from '../../services/context.js'
import { readOutbox } from '../../services/mail/index.js'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The outbox, when no SMTP server is configured: mail is kept here for the operator to read (and
 * send on by hand). It holds reset codes, so only a signed-in operator may read it.
 */
export const devMailRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  if (ctx.config.smtpUrl !== undefined) return

  app.get(
    '/dev/mail.json',
    {
      schema: {
        operationId: 'listOutbox',
        tags: ['operator'],
        summary: 'The development outbox (newest first), when no SMTP server is configured',
        response: { 200: mailListSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await readOutbox(ctx, request.viewer) }),
  )

  app.get('/dev/mail', { schema: { hide: true } }, async (request, reply) => {
    const items = await readOutbox(ctx, request.viewer)
    const rows = items
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p>To ${escapeHtml(m.to)} · ${m.createdAt}</p><pre>${escapeHtml(m.text)}</pre></article>`,
      )
      .join('\n')
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Rapport outbox</title><main><h1>Outbox</h1>${rows || '<p>No mail yet.</p>'}</main></html>`,
      )
  })
}
