import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freshPostgresDatabaseUrl } from '../setup/databases.js'

/** A `rapport serve` child process on a data folder or a PostgreSQL URL, spoken to over HTTP. */
export interface ServerProcess {
  child: ChildProcess
  base: string
  exited: Promise<number | null>
}

export type ServerDatabase = { data: string } | { url: string }

/** A new, empty database for a server process: a data folder under `parent`, or a PostgreSQL database. */
export async function freshServerDatabase(
  variant: string,
  parent = tmpdir(),
): Promise<ServerDatabase> {
  return variant === 'pglite'
    ? { data: mkdtempSync(join(parent, 'rapport-crash-')) }
    : { url: await freshPostgresDatabaseUrl() }
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Starts `rapport serve`; without `smtpUrl` its mail stays in the outbox. */
export async function startServerProcess(
  database: ServerDatabase,
  port: number,
  options: { smtpUrl?: string } = {},
): Promise<ServerProcess> {
  const base = `http://127.0.0.1:${port}`
  const where = 'data' in database ? ['--data', database.data] : ['--database-url', database.url]
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/index.ts', 'serve', ...where, '--port', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: '',
        RAPPORT_PUBLIC_URL: base,
        RAPPORT_SIGNUPS_PER_HOUR: '10000',
        RAPPORT_SMTP_URL: options.smtpUrl ?? '',
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    },
  )
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const end = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited while starting')
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > end) throw new Error('the server did not start')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { child, base, exited }
}

/** Stops the server with SIGTERM, as an operator would, unless it has exited already. */
export async function stopServerProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  server.child.kill('SIGTERM')
  await server.exited
}

/** A request as the web UI sends it (cookie and Origin). */
export async function send(
  server: ServerProcess,
  method: 'GET' | 'POST',
  path: string,
  options: { cookie?: string; body?: unknown } = {},
): Promise<Response> {
  return await fetch(`${server.base}${path}`, {
    method,
    headers: {
      ...(method === 'POST' ? { origin: server.base } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie !== undefined ? { cookie: options.cookie } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  })
}

let counter = 0

export async function signUpOver(
  server: ServerProcess,
): Promise<{ id: string; email: string; cookie: string }> {
  counter++
  const email = `crash${counter}-${Date.now()}@example.org`
  const response = await send(server, 'POST', '/api/auth/signup', {
    body: {
      email,
      password: 'correct horse battery',
      name: `Member ${counter}`,
    },
  })
  if (response.status !== 201) throw new Error(`signup failed: ${await response.text()}`)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const id = ((await response.json()) as { member: { id: string } }).member.id
  return { id, email, cookie }
}
