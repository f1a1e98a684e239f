import { Command } from 'commander'
import { closeOnSignals, startServer } from '../../api/server.js'
import { openRuntime, withDatabaseOptions } from '../runtime.js'

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
      const services = await openRuntime(
        options,
        {
          ...(options.port !== undefined ? { port: options.port } : {}),
          ...(options.host !== undefined ? { host: options.host } : {}),
        },
        true,
      )
      const server = await startServer(services, { demo: options.demo === true })
      const { config } = services.ctx
      const where =
        services.databaseKind === 'postgres'
          ? 'PostgreSQL'
          : `embedded database in ${config.dataDir}`
      process.stdout.write(`Rapport is running at ${server.url} (${where})\n`)
      if (server.demoLogin !== null) {
        process.stdout.write(
          `Demo login: ${server.demoLogin.email} / ${server.demoLogin.password}\n`,
        )
      }
      closeOnSignals(server, (line) => process.stderr.write(`${line}\n`))
    })
}
