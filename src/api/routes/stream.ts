import type { ServerResponse } from 'node:http'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../contracts/common.js'
import { unreadSchema } from '../../contracts/messages.js'
import type { ServiceContext } from '../../services/context.js'
import { followMessages, type LiveEvent, unreadTotalOf } from '../../services/messages/index.js'
import { requireViewer } from '../auth.js'

// A comment line this often keeps proxies from closing a quiet stream.
const HEARTBEAT_MS = 25_000

function write(raw: ServerResponse, event: LiveEvent): void {
  raw.write(`event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`)
}

/**
 * The live stream of the signed-in member (server-sent events): new messages in their
 * conversations and their unread total, from the committed announcements of every app process.
 * Open streams end when the server closes, so that they never hold a shutdown open.
 */
export const streamRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  const open = new Set<() => void>()
  app.addHook('preClose', async () => {
    for (const end of [...open]) end()
  })

  app.get(
    '/api/stream',
    {
      schema: {
        operationId: 'openStream',
        tags: ['messages'],
        summary: 'My live updates as server-sent events: `message` and `unread`',
        description:
          'With `Accept: text/event-stream` the answer is a stream of events: `unread` `{unreadTotal}` first and after each read, `message` `{message, unreadTotal}` for each new message in my conversations, `end` when the account is erased. Any other request gets the current `{unreadTotal}` as JSON.',
        response: { 200: unreadSchema, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request)
      if (!(request.headers.accept ?? '').includes('text/event-stream')) {
        return { unreadTotal: await unreadTotalOf(ctx, viewer) }
      }
      reply.hijack()
      const raw = reply.raw
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      })
      raw.write('retry: 3000\n\n')
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS)
      heartbeat.unref()
      let ended = false
      const end = () => {
        if (ended) return
        ended = true
        clearInterval(heartbeat)
        stop()
        open.delete(end)
        raw.end()
      }
      const stop = followMessages(ctx, viewer, (event) => {
        write(raw, event)
        if (event.event === 'end') end()
      })
      open.add(end)
      request.raw.on('close', end)
      return reply
    },
  )
}
