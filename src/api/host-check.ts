import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import { AppError } from '../errors.js'

const LOCAL_NAMES = ['localhost', '127.0.0.1', '[::1]']

/** The host names this instance answers to: the public URL's, or the loopback names when none is set. */
export function knownHostNames(config: Pick<Config, 'publicUrl'>): Set<string> {
  if (config.publicUrl === undefined) return new Set(LOCAL_NAMES)
  return new Set([new URL(config.publicUrl).hostname.toLowerCase()])
}

/** `Host: Example.org:3000` → `example.org`; `[::1]:3000` → `[::1]`. */
function hostNameOf(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
  return (name ?? '').toLowerCase()
}

/**
 * Refuses requests addressed to any other host with 421. A browser tricked by DNS rebinding into
 * calling this server under a foreign name sends that name, so nothing it reads or writes reaches
 * the instance. `/healthz` answers whatever the name, for load balancers that probe by address.
 */
export function registerHostCheck(app: FastifyInstance, config: Pick<Config, 'publicUrl'>): void {
  const known = knownHostNames(config)
  app.addHook('onRequest', async (request) => {
    if (request.url === '/healthz') return
    if (!known.has(hostNameOf(request.headers.host ?? ''))) {
      throw new AppError('misdirected', 'This server does not answer to that host name')
    }
  })
}
