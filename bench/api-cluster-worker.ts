// One process of a bench cluster (`rapport bench api --processes N`): our server on the shared
// PostgreSQL database, or the bare Fastify reference, listening on the port the cluster shares.
import process from 'node:process'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/api/app.js'
import { loadConfig } from '../src/config.js'
import { openServices } from '../src/services/common/index.js'
import { clusterStartSchema } from './api-cluster.js'
import { referenceServer } from './reference-server.js'

const LOOPBACK = '127.0.0.1'

async function start(message: unknown): Promise<() => Promise<void>> {
  const { port, server } = clusterStartSchema.parse(message)
  if (server.role === 'reference') {
    const reference = referenceServer(server.routes)
    await reference.listen({ port, host: LOOPBACK })
    return () => reference.close()
  }
  // Opened as `rapport serve` opens them: each process follows the others' changes by the relay.
  const services = await openServices(
    loadConfig({ databaseUrl: server.databaseUrl, logLevel: 'silent' }),
    { listen: true },
  )
  const app: FastifyInstance = await buildApp({ ctx: services.ctx, logger: false, webRoot: null })
  await app.listen({ port, host: LOOPBACK })
  return async () => {
    await app.close()
    await services.close()
  }
}

let stop: (() => Promise<void>) | null = null
process.on('message', (message: unknown) => {
  if (typeof message === 'object' && message !== null && 'stop' in message) {
    void (stop?.() ?? Promise.resolve()).finally(() => process.exit(0))
    return
  }
  start(message).then(
    (close) => {
      stop = close
      process.send?.({ ready: true })
    },
    (err: unknown) => {
      process.send?.({ ready: false, message: err instanceof Error ? err.message : String(err) })
    },
  )
})
process.send?.({ waiting: true })
