import { type ChildProcess, spawn } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'

/** A `rapport serve` child process on a data folder or a PostgreSQL URL, spoken to over HTTP. */
export interface ServerProcess {
  child: ChildProcess
  base: string
  exited: Promise<number | null>
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export async function startServerProcess(
  database: { data: string } | { url: string },
  port: number,
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
        RAPPORT_SMTP_URL: '',
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

export async function signUpOver(server: ServerProcess): Promise<{ id: string; cookie: string }> {
  counter++
  const response = await send(server, 'POST', '/api/auth/signup', {
    body: {
      email: `crash${counter}-${Date.now()}@example.org`,
      password: 'correct horse battery',
      name: `Member ${counter}`,
    },
  })
  if (response.status !== 201) throw new Error(`signup failed: ${await response.text()}`)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { id: ((await response.json()) as { member: { id: string } }).member.id, cookie }
}
