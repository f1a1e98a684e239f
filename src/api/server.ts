import type { FastifyInstance } from 'fastify'
import { startBackgroundWork, stopBackgroundWork } from '../services/background.js'
import type { Services } from '../services/common/index.js'
import { ensureDemoCommunity } from '../services/demo/index.js'
import { buildApp } from './app.js'

export interface ServerOptions {
  /** Load the demo community into an empty database first. */
  demo: boolean
  /** Where progress lines go (stderr by default). */
  progress?: (line: string) => void
}

export interface RunningServer extends AsyncDisposable {
  app: FastifyInstance
  /** The address people open (localhost rather than 127.0.0.1). */
  url: string
  demoLogin: { email: string; password: string } | null
  /** Stops taking requests, lets the ones in flight finish, stops background work, closes the database. */
  close(): Promise<void>
}

/**
 * Runs Rapport on open services: the demo community when asked for, the HTTP server, and the
 * background work (jobs). Closing it (or SIGTERM/SIGINT once `closeOnSignals` is called) lets
 * requests in flight finish, then the job in hand, before the database closes.
 */
export async function startServer(
  services: Services,
  options: ServerOptions,
): Promise<RunningServer> {
  const { ctx } = services
  const progress = options.progress ?? ((line: string) => process.stderr.write(`${line}\n`))
  const demoLogin = options.demo
    ? await ensureDemoCommunity(ctx, () => progress('Loading the demo community (first run only)…'))
    : null
  const app = await buildApp({ ctx })
  const address = await app.listen({ port: ctx.config.port, host: ctx.config.host })
  const background = startBackgroundWork(ctx).catch((err: unknown) =>
    ctx.log.error({ err }, 'background work did not start'),
  )
  let closing: Promise<void> | null = null
  const close = () => {
    closing ??= (async () => {
      await background
      await app.close()
      await stopBackgroundWork(ctx)
      await services.close()
    })()
    return closing
  }
  return {
    app,
    url: address.replace('://127.0.0.1', '://localhost'),
    demoLogin,
    close,
    [Symbol.asyncDispose]: close,
  }
}

/** Closes the server gracefully on the first SIGTERM or SIGINT. */
export function closeOnSignals(server: RunningServer, log: (line: string) => void): void {
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: finishing requests in flight and closing…`)
    void server.close()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
}
