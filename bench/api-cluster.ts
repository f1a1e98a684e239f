import cluster, { type Worker } from 'node:cluster'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { z } from 'zod'
import { siblingModule } from '../src/graph/worker-script.js'

const LOOPBACK = '127.0.0.1'
/** How long a process may take to open the database and build its graph before the bench gives up. */
const START_TIMEOUT_MS = 180_000
const STOP_TIMEOUT_MS = 15_000

const serverRoleSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('ours'), databaseUrl: z.string() }).strict(),
  z
    .object({
      role: z.literal('reference'),
      routes: z.array(
        z
          .object({
            method: z.enum(['GET', 'POST']),
            route: z.string(),
            status: z.number().int(),
            body: z.unknown(),
          })
          .strict(),
      ),
    })
    .strict(),
])
/** What the processes of a cluster serve: our server on a PostgreSQL database, or the reference. */
export type ServerRole = z.input<typeof serverRoleSchema>

/** The message that starts one process of a cluster. */
export const clusterStartSchema = z
  .object({ port: z.number().int(), server: serverRoleSchema })
  .strict()

const replySchema = z.union([
  // The process listens for its start message: one sent before would be lost.
  z.object({ waiting: z.literal(true) }),
  z.object({ ready: z.literal(true) }),
  z.object({ ready: z.literal(false), message: z.string() }),
])

export interface ServerCluster {
  url: string
  processes: number
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, LOOPBACK, resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port was assigned')
  return address.port
}

/** Node's flags for a worker: tsx's loader when the bench runs from its TypeScript sources. */
function execArgvFor(script: URL): string[] {
  if (!script.pathname.endsWith('.ts')) return []
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
}

/** Sends the process its start message once it listens, and waits until it serves. */
function started(worker: Worker, start: z.input<typeof clusterStartSchema>): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null) => {
      clearTimeout(timer)
      worker.removeAllListeners('message')
      worker.removeAllListeners('exit')
      if (err === null) resolve()
      else reject(err)
    }
    const timer = setTimeout(
      () => done(new Error('a bench process did not start')),
      START_TIMEOUT_MS,
    )
    worker.once('exit', (code) =>
      done(new Error(`a bench process exited while starting (${code})`)),
    )
    worker.on('message', (message: unknown) => {
      const reply = replySchema.parse(message)
      if ('waiting' in reply) worker.send(start)
      else if (reply.ready) done(null)
      else done(new Error(`a bench process did not start: ${reply.message}`))
    })
  })
}

function stopped(worker: Worker): Promise<void> {
  if (worker.isDead()) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS)
    worker.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    worker.send({ stop: true })
  })
}

/**
 * `processes` server processes behind one port, with Node's cluster module: the primary (this
 * process) accepts each connection and hands it to the processes in turn, as a cluster of
 * `rapport serve` processes would share a port.
 */
export async function startServerCluster(
  role: ServerRole,
  processes: number,
): Promise<ServerCluster> {
  const script = siblingModule(import.meta.url, 'api-cluster-worker')
  cluster.setupPrimary({ exec: fileURLToPath(script), execArgv: execArgvFor(script) })
  const port = await freePort()
  const workers: Worker[] = []
  const close = async () => {
    await Promise.all(workers.map(stopped))
  }
  try {
    for (let i = 0; i < processes; i++) {
      const worker = cluster.fork()
      workers.push(worker)
      await started(worker, { port, server: role })
    }
  } catch (err) {
    await close()
    throw err
  }
  return { url: `http://${LOOPBACK}:${port}`, processes, close }
}
