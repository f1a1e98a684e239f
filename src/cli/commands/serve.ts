import { Command } from 'commander'
import { buildApp } from '../../api/app.js'
import { countMembers } from '../../db/queries/members.js'
import { loadDemoCommunity } from '../../services/demo/index.js'
import { openRuntime, withDatabaseOptions } from '../runtime.js'

const LION_RESCAN_MS = 10 * 60_000

interface ServeOptions {
  data?: string
  databaseUrl?: string
  port?: string
  host?: string
  demo?: boolean
}

export function serveCommand(): Command {
  return withDatabaseOptions(new Command('serve'))
    .description('run the Rapport server (web UI and API)')
    .option('--port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .option('--demo', 'load the demo community into an empty database first')
    .action(async (options: ServeOptions) => {
      const runtime = await openRuntime(options, {
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.host !== undefined ? { host: options.host } : {}),
      })
      const { ctx } = runtime
      let demoLogin: { email: string; password: string } | null = null
      if (options.demo && (await countMembers(ctx.db)) === 0) {
        process.stderr.write('Loading the demo community (first run only)…\n')
        const loaded = await loadDemoCommunity(ctx, { members: 2000, seed: 1 })
        demoLogin = loaded.login
      }
      const app = await buildApp({ ctx })
      const address = await app.listen({ port: ctx.config.port, host: ctx.config.host })
      const url = address.replace('://127.0.0.1', '://localhost')
      const where =
        runtime.database.kind === 'postgres'
          ? 'PostgreSQL'
          : `embedded database in ${ctx.config.dataDir}`
      process.stdout.write(`Rapport is running at ${url} (${where})\n`)
      if (options.demo) {
        process.stdout.write(
          `Demo login: ${demoLogin?.email ?? 'jordan.reyes@demo.rapport.example'} / ${demoLogin?.password ?? 'rapport-demo'}\n`,
        )
      }
      // Whole-graph work (open-networker scan) runs in the background, never on a request's path.
      const rescan = () =>
        void ctx.network
          .refreshLions()
          .catch((err: unknown) => ctx.log.warn({ err }, 'open-networker scan failed'))
      rescan()
      const rescanTimer = setInterval(rescan, LION_RESCAN_MS)
      rescanTimer.unref()
      const shutdown = async (signal: string) => {
        process.stderr.write(`${signal}: closing…\n`)
        clearInterval(rescanTimer)
        await app.close()
        await runtime.close()
      }
      process.once('SIGINT', () => void shutdown('SIGINT'))
      process.once('SIGTERM', () => void shutdown('SIGTERM'))
    })
}
