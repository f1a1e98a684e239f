import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { recentMail } from '../../db/queries/instance.js'
import { findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { ServiceContext } from '../../services/context.js'

const mailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
})

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The development outbox: without SMTP settings, mail is kept here. It holds reset links, so only
 * the operator or a browser on this machine may read it.
 */
export const devMailRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  if (ctx.config.smtpUrl !== undefined) return
  const isLoopback = (ip: string) =>
    ip === '::1' || ip.startsWith('127.') || ip === '::ffff:127.0.0.1'

  async function readOutbox(ip: string, viewer: string | null) {
    const operator = viewer === null ? null : await findMemberById(ctx.db, viewer)
    if (!isLoopback(ip) && operator?.role !== 'operator') {
      throw new AppError('not_found', 'Not found')
    }
    const rows = await recentMail(ctx.db, 100)
    return rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      createdAt: r.createdAt.toISOString(),
    }))
  }

  app.get(
    '/dev/mail.json',
    {
      schema: {
        tags: ['operator'],
        summary: 'The development outbox (newest first), when no SMTP server is configured',
        response: { 200: z.object({ items: z.array(mailSchema) }) },
      },
    },
    async (request) => ({ items: await readOutbox(request.ip, request.viewer) }),
  )

  app.get('/dev/mail', { schema: { hide: true } }, async (request, reply) => {
    const items = await readOutbox(request.ip, request.viewer)
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
