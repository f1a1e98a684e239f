import { Command } from 'commander'
import type { ApiBenchResult, ApiBenchSide } from '../../../bench/api.bench.js'
import { API_GOAL } from '../../../bench/api-goal.js'
import { describeMachineLoad } from '../../../bench/machine-load.js'
import { printResult } from '../runtime.js'

function number(x: number, digits = 0): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: digits })
}

/** Right-aligned cells of the given widths, after a left-aligned route name. */
function line(name: string, nameWidth: number, cells: readonly string[]): string {
  const widths = [6, 10, 7, 7, 7, 14, 7, 7, 7, 13, 11, 11, 9]
  return name.padEnd(nameWidth) + cells.map((c, i) => c.padStart(widths[i] ?? 10)).join('')
}

function side(s: ApiBenchSide): string[] {
  return [
    number(s.requestsPerSecond),
    number(s.latencyP50Ms, 2),
    number(s.latencyP99Ms, 2),
    number(s.non2xx),
  ]
}

function times(x: number | null): string {
  if (x === null) return '—'
  return `${number(x, x < 1 ? 3 : 1)}x`
}

/** A readable report: one line per route, ours and the bare Fastify reference side by side. */
export function formatApiBench(r: ApiBenchResult): string {
  const measures = ['p50', 'p99', 'non2xx']
  const width = Math.max(30, ...r.routes.map((route) => route.name.length + 2))
  const header = [
    line('', width, ['', 'ours', '', '', '', 'bare Fastify', '', '', '', 'ours / bare', '', '']),
    line('route', width, [
      'sql',
      'req/s',
      ...measures,
      'req/s',
      ...measures,
      'req/s',
      'p50',
      'p99',
      'goal',
    ]),
  ]
  const rows = r.routes.map((route) =>
    line(route.name, width, [
      number(route.statementsPerRequest, 1),
      ...side(route.ours),
      ...side(route.reference),
      times(route.ratio.requestsPerSecond),
      times(route.ratio.latencyP50),
      times(route.ratio.latencyP99),
      route.goalMet ? 'met' : 'not met',
    ]),
  )
  return [
    `${number(r.community.members)} members, ${number(r.community.connections)} connections (${r.database}, loaded in ${number(r.community.loadMs)} ms)`,
    `${r.load.seconds} s per route and server, ${r.load.connections} connections, after ${r.load.warmupRequests} warm-up requests; latencies in ms (autocannon counts whole ms)`,
    r.load.processes === null
      ? 'both servers in the bench’s own process'
      : `both servers in ${r.load.processes} processes each, behind one port (Node's cluster module)`,
    `sql: statements our server runs per request, warm, one request at a time`,
    `goal: at least ${API_GOAL.minRequestsRatio}x bare Fastify's req/s and a p99 under ${API_GOAL.maxP99Ms} ms`,
    `members searched for "${r.targets.surname}" (${r.targets.surnameMatches} matches); paths to a degree-${r.targets.pathDegree} member; every message posted to one connection, every interaction logged on its contact`,
    '',
    ...header,
    ...rows,
    '',
    `— where the reference reads 0 ms; ${describeMachineLoad(r.machine)}`,
  ].join('\n')
}

function wholeNumber(value: string, name: string, min: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}`)
  return n
}

/** `rapport bench api`: our HTTP API next to a bare Fastify server answering the same bodies. */
export function benchApiCommand(): Command {
  return new Command('api')
    .description('load our HTTP API with autocannon, side by side with a bare Fastify server')
    .option('--members <n>', 'members of the demo community', '2000')
    .option('--seconds <s>', 'seconds of load per route and server', '5')
    .option('--connections <c>', 'concurrent connections', '50')
    .option(
      '--database-url <url>',
      'an empty PostgreSQL database (default: embedded, in a temp folder)',
    )
    .option(
      '--processes <n>',
      'serve ours and the reference from n processes each on one port (PostgreSQL only)',
    )
    .option('--json', 'print one JSON document on stdout')
    .action(
      async (options: {
        members: string
        seconds: string
        connections: string
        databaseUrl?: string
        processes?: string
        json?: boolean
      }) => {
        const { runApiBench } = await import('../../../bench/api.bench.js')
        const result = await runApiBench({
          members: wholeNumber(options.members, '--members', 20),
          seconds: wholeNumber(options.seconds, '--seconds', 1),
          connections: wholeNumber(options.connections, '--connections', 1),
          ...(options.processes !== undefined
            ? { processes: wholeNumber(options.processes, '--processes', 1) }
            : {}),
          ...(options.databaseUrl !== undefined
            ? { database: 'postgres' as const, databaseUrl: options.databaseUrl }
            : { database: 'pglite' as const }),
          log: (m) => process.stderr.write(`[bench api] ${m}\n`),
        })
        printResult(options.json, result, formatApiBench)
      },
    )
}
