import Fastify, { type FastifyInstance } from 'fastify'

/** One route of the reference server: what our server answered first, sent back verbatim. */
export interface ReferenceRoute {
  method: 'GET' | 'POST'
  /** The route as registered (`/api/contacts/:id/interactions`). */
  route: string
  status: number
  /** Our server's first answer, parsed. */
  body: unknown
}

/**
 * A bare Fastify server answering each route with a fixed body: the most a Fastify server can do
 * on this machine, which our server is measured against. The body is sent as an object, so the
 * reference pays for JSON serialisation as any handler would, only without a schema, auth or a
 * database.
 */
export function referenceServer(routes: readonly ReferenceRoute[]): FastifyInstance {
  const server = Fastify({ logger: false })
  for (const route of routes) {
    server.route({
      method: route.method,
      url: route.route,
      handler: async (_request, reply) => reply.code(route.status).send(route.body),
    })
  }
  return server
}
