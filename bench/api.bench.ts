import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/api/app.js'
import type { Database } from '../src/db/client.js'
import { memberContactIdOf } from '../src/db/queries/contacts.js'
import { findMemberByEmail } from '../src/db/queries/members.js'
import { StatementCounter } from '../src/db/statement-counter.js'
import type { MemberId } from '../src/ids.js'
import { createAccessToken } from '../src/services/accounts/index.js'
import { openStandalone } from '../src/services/common/index.js'
import type { ServiceContext } from '../src/services/context.js'
import { loadDemoCommunity } from '../src/services/demo/index.js'
import { summariesOf } from '../src/services/members/index.js'
import { type ServerCluster, startServerCluster } from './api-cluster.js'
import { API_GOAL } from './api-goal.js'
import { type ApiBenchSide, type LoadWorker, startLoadWorker } from './api-load.js'
import { type MachineLoad, watchMachineLoad } from './machine-load.js'
import { type ReferenceRoute, referenceServer } from './reference-server.js'

export type { ApiBenchSide } from './api-load.js'

export interface ApiBenchOptions {
  members: number
  seconds: number
  connections: number
  database: 'pglite' | 'postgres'
  /** Required with `database: 'postgres'`; the database must be empty (the demo loads into it). */
  databaseUrl?: string
  /**
   * Serve our API, and the reference, from this many processes sharing one port (Node's cluster
   * module), on PostgreSQL only. Without it both servers run in the bench's own process.
   */
  processes?: number
  /** The demo community's seed (default 1, as `rapport serve --demo`). */
  seed?: number
  log?: (message: string) => void
}

export interface ApiBenchRoute {
  name: string
  method: 'GET' | 'POST'
  /** The request as sent (the bearer token is in a header, not here). */
  path: string
  bearer: boolean
  /** Size of our server's first answer, which the reference sends back verbatim. */
  bodyBytes: number
  referenceBodyBytes: number
  /** SQL statements our server ran per request, the mean of STATEMENT_SAMPLES warm requests in turn. */
  statementsPerRequest: number
  ours: ApiBenchSide
  reference: ApiBenchSide
  /** ours / reference, for each figure: below 1 for throughput and above 1 for latency means slower. */
  ratio: { requestsPerSecond: number | null; latencyP50: number | null; latencyP99: number | null }
  /** Whether the route reached the goal (`API_GOAL`) in this run. */
  goalMet: boolean
}

export interface ApiBenchResult {
  database: 'pglite' | 'postgres'
  community: { members: number; connections: number; loadMs: number }
  load: {
    seconds: number
    connections: number
    warmupRequests: number
    /** Processes behind each server's port; null when both ran in the bench's own process. */
    processes: number | null
  }
  /** The common surname searched for and the member the paths lead to, with their degree. */
  targets: {
    surname: string
    surnameMatches: number
    pathTarget: string
    pathDegree: 2 | 3
    /** The connection every message of the load is sent to. */
    messageTo: string
    /** The login's contact record of that connection, where every interaction is logged. */
    contact: string
  }
  routes: ApiBenchRoute[]
  machine: MachineLoad
  elapsedMs: number
}

interface RouteSpec {
  name: string
  method: 'GET' | 'POST'
  /** The route as registered, for the reference server. */
  route: string
  path: string
  bearer: boolean
  /** The JSON body of a POST, the same on every request. */
  body?: string
  /** The status our server answers, which the reference answers too. */
  status: number
}

const LOOPBACK = '127.0.0.1'
const STATEMENT_SAMPLES = 5

function round(x: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

/** ours / reference; null when the reference reads 0 (a latency below autocannon's 1 ms step). */
function ratio(ours: number, reference: number): number | null {
  return reference === 0 ? null : round(ours / reference, 3)
}

/**
 * Loads a demo community into a fresh database, serves our API and a bare Fastify server that
 * answers the same routes with our first answers as fixed bodies, and loads each route on both
 * with autocannon in turn, so every ratio compares two runs made seconds apart on the same machine.
 */
export async function runApiBench(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const log = options.log ?? (() => {})
  const startedAt = performance.now()
  const machine = watchMachineLoad()
  if (options.database === 'postgres' && options.databaseUrl === undefined) {
    throw new Error('The postgres bench needs a database URL')
  }
  if (options.processes !== undefined && options.database !== 'postgres') {
    // An embedded database belongs to one process.
    throw new Error('Several processes need a PostgreSQL database (--database-url)')
  }
  const work = options.database === 'pglite' ? await mkdtemp(join(tmpdir(), 'rapport-api-')) : null
  const servers: FastifyInstance[] = []
  const clusters: ServerCluster[] = []
  let database: Database | null = null
  let loader: LoadWorker | null = null
  try {
    log('opening the database')
    const statements = new StatementCounter()
    const opened = await openStandalone(
      work === null
        ? { kind: 'postgres', url: options.databaseUrl ?? '' }
        : { kind: 'pglite', dataDir: join(work, 'db') },
      { statements },
    )
    database = opened.database
    const { ctx } = opened
    log(`loading a demo community of ${options.members} members`)
    const loadStarted = performance.now()
    const demo = await loadDemoCommunity(ctx, { members: options.members, seed: options.seed ?? 1 })
    const loadMs = Math.round(performance.now() - loadStarted)
    const login = await findMemberByEmail(ctx.db, demo.login.email)
    if (login === null) throw new Error('The demo login is missing after loading the demo')
    const viewer = login.id as MemberId
    const { token } = await createAccessToken(ctx, viewer, { name: 'api bench' }, null)
    const targets = await chooseTargets(ctx, viewer)

    const ours = await buildApp({ ctx, logger: false, webRoot: null })
    servers.push(ours)
    const inProcessUrl = await ours.listen({ port: 0, host: LOOPBACK })

    const specs: RouteSpec[] = [
      {
        name: 'GET /healthz',
        route: '/healthz',
        path: '/healthz',
        bearer: false,
        method: 'GET',
        status: 200,
      },
      {
        name: 'GET /api/me',
        method: 'GET',
        route: '/api/me',
        path: '/api/me',
        bearer: true,
        status: 200,
      },
      {
        name: 'GET /api/members?q=',
        route: '/api/members',
        path: `/api/members?q=${encodeURIComponent(targets.surname)}`,
        bearer: true,
        method: 'GET',
        status: 200,
      },
      {
        name: 'GET /api/paths?to=',
        route: '/api/paths',
        path: `/api/paths?to=${encodeURIComponent(targets.pathTarget)}`,
        bearer: true,
        method: 'GET',
        status: 200,
      },
      {
        name: 'GET /api/connections?limit=50',
        route: '/api/connections',
        path: '/api/connections?limit=50',
        bearer: true,
        method: 'GET',
        status: 200,
      },
      {
        name: 'GET /api/conversations?limit=50',
        route: '/api/conversations',
        path: '/api/conversations?limit=50',
        bearer: true,
        method: 'GET',
        status: 200,
      },
      {
        // Every request of the load posts one more message into the same conversation.
        name: 'POST /api/messages',
        method: 'POST',
        route: '/api/messages',
        path: '/api/messages',
        bearer: true,
        body: JSON.stringify({ to: targets.messageTo, body: 'Are you free for a call this week?' }),
        status: 201,
      },
      {
        // Every request logs one more meeting with the same contact, and asks for its rescore.
        name: 'POST /api/contacts/:id/interactions',
        method: 'POST',
        route: '/api/contacts/:id/interactions',
        path: `/api/contacts/${targets.contact}/interactions`,
        bearer: true,
        body: JSON.stringify({
          kind: 'meeting',
          at: new Date(Date.now() - 86_400_000).toISOString(),
          note: 'Coffee by the station',
        }),
        status: 201,
      },
    ]
    const headersFor = (spec: RouteSpec): Record<string, string> => ({
      ...(spec.bearer ? { authorization: `Bearer ${token}` } : {}),
      ...(spec.body !== undefined ? { 'content-type': 'application/json' } : {}),
    })

    log('capturing our answers')
    const bodies = new Map<string, string>()
    for (const spec of specs) {
      bodies.set(spec.route, await fetchBody(`${inProcessUrl}${spec.path}`, spec, headersFor(spec)))
    }
    log('counting statements per request')
    const statementsPerRequest = new Map<string, number>()
    for (const spec of specs) {
      // One request at a time, after the first answer warmed whatever the route keeps in memory.
      statements.count = 0
      for (let i = 0; i < STATEMENT_SAMPLES; i++) {
        await fetchBody(`${inProcessUrl}${spec.path}`, spec, headersFor(spec))
      }
      statementsPerRequest.set(spec.route, round(statements.count / STATEMENT_SAMPLES, 1))
    }

    const referenceRoutes: ReferenceRoute[] = specs.map((spec) => ({
      method: spec.method,
      route: spec.route,
      status: spec.status,
      body: JSON.parse(bodies.get(spec.route) ?? 'null'),
    }))
    let oursUrl = inProcessUrl
    let referenceUrl: string
    if (options.processes === undefined) {
      const reference = referenceServer(referenceRoutes)
      servers.push(reference)
      referenceUrl = await reference.listen({ port: 0, host: LOOPBACK })
    } else {
      log(`starting ${options.processes} processes of our server and of the reference`)
      const oursCluster = await startServerCluster(
        { role: 'ours', databaseUrl: options.databaseUrl ?? '' },
        options.processes,
      )
      clusters.push(oursCluster)
      const referenceCluster = await startServerCluster(
        { role: 'reference', routes: referenceRoutes },
        options.processes,
      )
      clusters.push(referenceCluster)
      oursUrl = oursCluster.url
      referenceUrl = referenceCluster.url
    }

    const warmupRequests = options.connections * 10
    loader = startLoadWorker()
    const routes: ApiBenchRoute[] = []
    for (const spec of specs) {
      const headers = headersFor(spec)
      const referenceBody = await fetchBody(`${referenceUrl}${spec.path}`, spec, headers)
      const job = {
        method: spec.method,
        ...(spec.body !== undefined ? { body: spec.body } : {}),
        headers,
        connections: options.connections,
        warmupRequests,
        seconds: options.seconds,
      }
      log(`${spec.name}: ours`)
      const oursSide = await loader.run({ ...job, url: `${oursUrl}${spec.path}` })
      log(`${spec.name}: reference`)
      const referenceSide = await loader.run({ ...job, url: `${referenceUrl}${spec.path}` })
      routes.push({
        name: spec.name,
        method: spec.method,
        path: spec.path,
        bearer: spec.bearer,
        bodyBytes: Buffer.byteLength(bodies.get(spec.route) ?? ''),
        referenceBodyBytes: Buffer.byteLength(referenceBody),
        statementsPerRequest: statementsPerRequest.get(spec.route) ?? 0,
        ours: oursSide,
        reference: referenceSide,
        goalMet:
          (ratio(oursSide.requestsPerSecond, referenceSide.requestsPerSecond) ?? 0) >=
            API_GOAL.minRequestsRatio && oursSide.latencyP99Ms < API_GOAL.maxP99Ms,
        ratio: {
          requestsPerSecond: ratio(oursSide.requestsPerSecond, referenceSide.requestsPerSecond),
          latencyP50: ratio(oursSide.latencyP50Ms, referenceSide.latencyP50Ms),
          latencyP99: ratio(oursSide.latencyP99Ms, referenceSide.latencyP99Ms),
        },
      })
    }
    return {
      database: database.kind,
      community: { members: demo.members, connections: demo.connections, loadMs },
      load: {
        seconds: options.seconds,
        connections: options.connections,
        warmupRequests,
        processes: options.processes ?? null,
      },
      targets,
      routes,
      machine: machine(),
      elapsedMs: Math.round(performance.now() - startedAt),
    }
  } finally {
    await loader?.close()
    for (const cluster of clusters) await cluster.close()
    for (const server of servers) await server.close()
    await database?.close()
    if (work !== null) await rm(work, { recursive: true, force: true })
  }
}

/**
 * The most common surname among the other members, and a member two or three hops away along
 * ties the viewer may use (three when there is one), so the search and the path query do real work.
 */
async function chooseTargets(ctx: ServiceContext, viewer: MemberId) {
  const index = await ctx.network.get()
  const ids = index.memberIds().filter((id) => id !== viewer)
  const summaries = await summariesOf(ctx, ids)
  const surnames = new Map<string, number>()
  for (const s of summaries.values()) {
    const surname = s.name.split(' ').at(-1) ?? ''
    if (surname !== '') surnames.set(surname, (surnames.get(surname) ?? 0) + 1)
  }
  const [surname, surnameMatches] = [...surnames].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0] ?? ['', 0]
  let second: string | null = null
  let third: string | null = null
  let messageTo: string | null = null
  for (const id of ids) {
    const degree = index.degree(viewer, id)
    if (degree === 1) messageTo ??= id
    if (degree === 2) second ??= id
    if (degree === 3) third ??= id
    if (third !== null && messageTo !== null) break
  }
  const pathTarget = third ?? second
  if (pathTarget === null || surname === '' || messageTo === null) {
    throw new Error(
      'The demo community is too small: no connection, or no member two or three hops away',
    )
  }
  const contact = await memberContactIdOf(ctx.db, viewer, messageTo)
  if (contact === null) throw new Error('The demo login holds no contact for its connection')
  return {
    contact,
    surname,
    surnameMatches,
    pathTarget,
    pathDegree: (third !== null ? 3 : 2) as 2 | 3,
    messageTo,
  }
}

async function fetchBody(
  url: string,
  spec: RouteSpec,
  headers: Record<string, string>,
): Promise<string> {
  const response = await fetch(url, {
    method: spec.method,
    headers,
    ...(spec.body !== undefined ? { body: spec.body } : {}),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`)
  return text
}
