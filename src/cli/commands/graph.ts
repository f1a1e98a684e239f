import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { Command } from 'commander'
import { AppError, isAppError } from '../../errors.js'
import { PathSearcher } from '../../graph/best-path.js'
import { connectedComponents } from '../../graph/components.js'
import { StaticGraph, tieCount } from '../../graph/csr.js'
import { type EdgeList, EdgeListAccumulator, type HeaderMode } from '../../graph/edge-file.js'
import { scanForLions } from '../../graph/lion-scan.js'
import {
  averageClustering,
  countTrianglesParallel,
  localClustering,
} from '../../graph/triangles.js'
import { strengthCommand } from './graph-strength.js'

interface CommonOptions {
  edges?: string
  header?: string
  json?: boolean
}

function emit(json: boolean | undefined, result: unknown, readable: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${readable()}\n`)
}

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

function headerMode(value: string | undefined): HeaderMode {
  if (value === undefined || value === 'auto') return 'auto'
  if (value === 'yes' || value === 'no') return value
  throw new AppError('validation', `--header must be yes, no or auto, not "${value}"`)
}

/** Streams an edge file through the pure parser; errors name the file and the line. */
export async function loadEdgeFile(path: string, header: HeaderMode): Promise<EdgeList> {
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('validation', `${path} is not a file`)
  } catch (error) {
    if (isAppError(error)) throw error
    throw new AppError('not_found', `cannot read the edge file ${path}: it does not exist`)
  }
  const acc = new EdgeListAccumulator(header)
  const lines = createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })
  try {
    for await (const line of lines) acc.push(line)
    return acc.finish()
  } catch (error) {
    if (isAppError(error)) throw new AppError(error.code, `${path}: ${error.message}`, error)
    throw error
  }
}

function withCommon(command: Command): Command {
  return command
    .option('--edges <file>', 'SNAP-style edge list: u v [weight] [unix-time] per line')
    .option('--header <mode>', 'the first line is a header: yes, no or auto', 'auto')
    .option('--json', 'print one JSON document on stdout')
}

/** Runs an action, turning failures into a message on stderr and a non-zero exit code. */
function guarded<T extends CommonOptions>(action: (options: T, edges: string) => Promise<void>) {
  return async (options: T) => {
    try {
      if (options.edges === undefined) throw new AppError('validation', '--edges FILE is required')
      await action(options, options.edges)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`rapport graph: ${message}\n`)
      process.exitCode = 1
    }
  }
}

async function load(options: CommonOptions, edges: string): Promise<EdgeList> {
  const started = performance.now()
  const list = await loadEdgeFile(edges, headerMode(options.header))
  const r = list.report
  log(
    `read ${edges}: ${r.lines.toLocaleString('en-US')} lines, ${list.csr.nodeCount.toLocaleString('en-US')} nodes, ` +
      `${tieCount(list.csr).toLocaleString('en-US')} ties` +
      (r.header === null ? '' : `, header "${r.header}" skipped`) +
      (r.selfLoops > 0 ? `, ${r.selfLoops} self-loops ignored` : '') +
      (r.duplicates > 0 ? `, ${r.duplicates} repeated ties merged` : '') +
      ` (${Math.round(performance.now() - started)} ms)`,
  )
  return list
}

function parseWhole(name: string, value: string, min: number, max: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError('validation', `${name} must be a whole number from ${min} to ${max}`)
  }
  return n
}

function statsCommand(): Command {
  return withCommon(new Command('stats'))
    .description('nodes, ties, triangles, clustering and components of an edge file')
    .action(
      guarded(async (options, edges) => {
        const { csr } = await load(options, edges)
        const tri = await countTrianglesParallel(csr, { threads: 2 })
        const components = connectedComponents(csr)
        let maxDegree = 0
        for (let u = 0; u < csr.nodeCount; u++) {
          maxDegree = Math.max(maxDegree, csr.offsets[u + 1]! - csr.offsets[u]!)
        }
        const result = {
          nodes: csr.nodeCount,
          edges: tieCount(csr),
          triangles: tri.total,
          averageClustering: averageClustering(localClustering(csr, tri.perNode)),
          components: components.count,
          largestComponent: components.largest,
          maxDegree,
        }
        emit(options.json, result, () =>
          [
            `nodes               ${result.nodes.toLocaleString('en-US')}`,
            `ties                ${result.edges.toLocaleString('en-US')}`,
            `triangles           ${result.triangles.toLocaleString('en-US')}`,
            `average clustering  ${result.averageClustering.toFixed(4)}`,
            `components          ${result.components.toLocaleString('en-US')} (largest ${result.largestComponent.toLocaleString('en-US')})`,
            `highest degree      ${result.maxDegree.toLocaleString('en-US')}`,
          ].join('\n'),
        )
      }),
    )
}

interface PathOptions extends CommonOptions {
  from?: string
  to?: string
  maxHops: string
  k: string
}

function pathCommand(): Command {
  return withCommon(new Command('path'))
    .description('the best paths of at most three hops between two members')
    .option('--from <id>', 'the member looking for a path')
    .option('--to <id>', 'the member to reach')
    .option('--max-hops <n>', 'at most this many hops (1 to 3)', '3')
    .option('--k <n>', 'how many alternatives, each through a different introducer', '3')
    .action(
      guarded<PathOptions>(async (options, edges) => {
        if (options.from === undefined || options.to === undefined) {
          throw new AppError('validation', '--from and --to are required')
        }
        const maxHops = parseWhole('--max-hops', options.maxHops, 1, 3)
        const k = parseWhole('--k', options.k, 1, 1000)
        const { csr, ids } = await load(options, edges)
        const from = ids.indexOf(options.from)
        const to = ids.indexOf(options.to)
        for (const [flag, id, index] of [
          ['--from', options.from, from],
          ['--to', options.to, to],
        ] as const) {
          if (index === null) throw new AppError('not_found', `${flag} ${id} is not in ${edges}`)
        }
        const found = new PathSearcher(new StaticGraph(csr)).search(from!, to!, { maxHops, k })
        const paths = found.map((p) => ({
          nodes: p.nodes.map((n) => ids.idOf(n) ?? String(n)),
          hops: p.hops,
          strength: p.strength,
        }))
        emit(options.json, { paths }, () =>
          paths.length === 0
            ? `no path of at most ${maxHops} hops from ${options.from} to ${options.to}`
            : paths
                .map(
                  (p, i) =>
                    `${i + 1}. ${p.nodes.join(' → ')}  (${p.hops} hops, strength ${p.strength.toFixed(4)})`,
                )
                .join('\n'),
        )
      }),
    )
}

function lionsCommand(): Command {
  return withCommon(new Command('lions'))
    .description('members who look like open networkers, with the reasons')
    .action(
      guarded(async (options, edges) => {
        const { csr, ids } = await load(options, edges)
        const tri = await countTrianglesParallel(csr, { threads: 2 })
        const flagged = scanForLions(csr, localClustering(csr, tri.perNode)).map((f) => ({
          ...f,
          id: ids.idOf(f.node) ?? String(f.node),
        }))
        const result = {
          flagged: flagged.map(({ id, score, degree, clustering, reasons }) => ({
            id,
            score,
            degree,
            clustering,
            reasons,
          })),
        }
        emit(options.json, result, () =>
          flagged.length === 0
            ? 'no member looks like an open networker'
            : flagged
                .map((f) => `${f.id}  score ${f.score.toFixed(2)}: ${f.reasons.join('; ')}`)
                .join('\n'),
        )
      }),
    )
}

/**
 * `rapport graph stats|path|lions --edges FILE`: the graph engine on any edge list;
 * `rapport graph strength --events FILE --at T`: tie strengths from a temporal one.
 */
export function graphCommand(): Command {
  return new Command('graph')
    .description('the graph engine on an edge list: stats, best paths, open networkers, strengths')
    .addCommand(statsCommand())
    .addCommand(pathCommand())
    .addCommand(lionsCommand())
    .addCommand(strengthCommand())
}
