// A soak run: mixed reads and writes against a real server for a number of minutes, with the
// process's memory (after a collection) and the p99 latency sampled each minute. It fails on any
// error or non-2xx answer, or when memory keeps growing. `npm run test:soak -- --minutes 30`.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startServer } from '../src/api/server.js'
import { loadConfig } from '../src/config.js'
import { openServices } from '../src/services/common/index.js'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    members: { type: 'string', default: '50' },
    'database-url': { type: 'string' },
  },
})
const minutes = Number(values.minutes)
const connections = Number(values.connections)
const memberCount = Number(values.members)

const config = loadConfig({
  logLevel: 'silent',
  port: 0,
  signupsPerHour: 100_000,
  ...(values['database-url'] !== undefined
    ? { databaseUrl: values['database-url'] }
    : { dataDir: mkdtempSync(join(tmpdir(), 'rapport-soak-')) }),
})
const services = await openServices(config, { listen: true })
const server = await startServer(services, { demo: false, progress: () => {} })
const address = server.app.server.address()
if (address === null || typeof address === 'string') throw new Error('no address')
const base = `http://127.0.0.1:${address.port}`
const origin = { origin: base }

async function signUp(i: number): Promise<string> {
  const response = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...origin },
    body: JSON.stringify({
      email: `soak${i}@example.org`,
      password: 'correct horse battery',
      name: `Soak ${i}`,
    }),
  })
  if (response.status !== 201) throw new Error(`signup: ${await response.text()}`)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

const cookies: string[] = []
for (let i = 0; i < memberCount; i++) cookies.push(await signUp(i))
process.stderr.write(`[soak] ${memberCount} members, ${connections} connections, ${minutes} min\n`)

let n = 0
const pick = () => cookies[n++ % cookies.length] as string
// Three reads to one write: the own profile, the connections list, the conversations, and an
// edit of the own headline.
const requests: autocannon.Request[] = [
  { method: 'GET', path: '/api/me', setupRequest: (r) => ({ ...r, headers: { cookie: pick() } }) },
  {
    method: 'GET',
    path: '/api/connections',
    setupRequest: (r) => ({ ...r, headers: { cookie: pick() } }),
  },
  {
    method: 'GET',
    path: '/api/conversations',
    setupRequest: (r) => ({ ...r, headers: { cookie: pick() } }),
  },
  {
    method: 'PATCH',
    path: '/api/me',
    setupRequest: (r) => ({
      ...r,
      headers: { cookie: pick(), 'content-type': 'application/json', ...origin },
      body: JSON.stringify({ headline: `Soaking ${n}` }),
    }),
  },
]

function heapMb(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10
}

interface Sample {
  minute: number
  requests: number
  p99Ms: number
  errors: number
  timeouts: number
  non2xx: number
  heapMb: number
  rssMb: number
}
const samples: Sample[] = []
for (let minute = 1; minute <= minutes; minute++) {
  const result = await autocannon({ url: base, connections, duration: 60, requests })
  const sample: Sample = {
    minute,
    requests: result.requests.total,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    heapMb: heapMb(),
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  }
  samples.push(sample)
  process.stdout.write(
    `minute ${minute}: ${sample.requests} requests, p99 ${sample.p99Ms} ms, ` +
      `${sample.errors} errors (${sample.timeouts} timeouts), ${sample.non2xx} non-2xx, heap ${sample.heapMb} MB, rss ${sample.rssMb} MB\n`,
  )
}
await server.close()

const failures: string[] = []
const errors = samples.reduce((a, s) => a + s.errors + s.non2xx, 0)
if (errors > 0) failures.push(`${errors} errors or non-2xx answers`)
// Growing memory: every sample above the one before, and the last well above the first
// (the first minute warms caches, so it is the baseline, not a start from nothing).
const heaps = samples.map((s) => s.heapMb)
const rising = heaps.length >= 3 && heaps.every((h, i) => i === 0 || h > (heaps[i - 1] as number))
if (rising && (heaps.at(-1) as number) > 1.5 * (heaps[0] as number)) {
  failures.push(`memory grew every minute, ${heaps[0]} MB to ${heaps.at(-1)} MB`)
}
process.stdout.write(`${JSON.stringify({ samples, failures })}\n`)
if (failures.length > 0) {
  process.stderr.write(`[soak] failed: ${failures.join('; ')}\n`)
  process.exitCode = 1
}
