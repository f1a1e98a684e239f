import { execFile } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface ThrowawayPostgres {
  /** A superuser URL for the cluster's `postgres` database. */
  url: string
  stop(): Promise<void>
}

/** Finds the newest PostgreSQL server binaries installed the Debian way, or fails with what to install. */
function findPostgresBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  const newest = versions[0]
  if (newest === undefined) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. ' +
        'Install them with `apt-get install postgresql` (Debian) to run the PostgreSQL tests.',
    )
  }
  return join(root, newest, 'bin')
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a private PostgreSQL cluster in a temporary folder on a free loopback port.
 * @NOTE initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin()
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pg-'))
  const dataDir = join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  const exec = async (cmd: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args]
    return await run(file, argv, { timeout: 60_000 })
  }
  if (asRoot) {
    const { uid, gid } = await postgresUser()
    chownSync(dir, uid, gid)
  }
  await exec('initdb', ['-D', dataDir, '-U', 'rapport', '-A', 'trust', '-E', 'UTF8', '--no-sync'])
  const port = await freePort()
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  await exec('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start'])
  return {
    url: `postgres://rapport@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        await exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['postgres'])
  const uid = /uid=(\d+)/.exec(stdout)?.[1]
  const gid = /gid=(\d+)/.exec(stdout)?.[1]
  if (uid === undefined || gid === undefined) {
    throw new Error(
      'Running as root needs the `postgres` system user (from the postgresql package).',
    )
  }
  return { uid: Number(uid), gid: Number(gid) }
}
