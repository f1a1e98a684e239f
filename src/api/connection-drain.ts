import type { FastifyInstance } from 'fastify'

/**
 * Lets a closing server exit once its requests in flight are answered. Fastify closes the
 * keep-alive connections that are idle when it starts closing, but a connection whose request was
 * still running stays open after its answer until the keep-alive timeout (72 s), and holds the
 * close open that long. So an answer begun while closing says `Connection: close`, and one whose
 * headers were already out when closing began (a long download) has its connection ended after it.
 */
export function registerConnectionDrain(app: FastifyInstance): void {
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (_request, reply) => {
    if (closing && !reply.raw.headersSent) reply.header('connection', 'close')
  })
  app.addHook('onResponse', async (request) => {
    if (closing) request.raw.socket?.end()
  })
}
