import { Command } from 'commander'
import type { GraphBenchResult } from '../../../bench/graph.bench.js'
import { describeMachineLoad } from '../../../bench/machine-load.js'

function row(name: string, ours: string, theirs: string, ratio: string): string {
  return `${name.padEnd(34)}${ours.padStart(16)}${theirs.padStart(18)}${ratio.padStart(10)}`
}

function ms(x: number): string {
  return `${x.toLocaleString('en-US', { maximumFractionDigits: 3 })} ms`
}

/** A readable report: the big graph's figures, then ours and graphology side by side. */
export function formatGraphBench(r: GraphBenchResult): string {
  const c = r.comparison
  return [
    `${r.members.toLocaleString('en-US')} members, ${r.ties.toLocaleString('en-US')} ties (seeded generator)`,
    `  build ${ms(r.buildMs)}, ${r.bytesPerTie} B per tie all-in, snapshot load ${ms(r.snapshotLoadMs)}`,
    `  best path ≤3 hops, top-10, filter + delta   p50 ${ms(r.pathP50Ms)}   p99 ${ms(r.pathP99Ms)}`,
    `  paths to a whole company                   p50 ${ms(r.companyPathP50Ms)}   p99 ${ms(r.companyPathP99Ms)}`,
    `  1st/2nd/3rd-degree counts                  p50 ${ms(r.degreeCountsP50Ms)}   p99 ${ms(r.degreeCountsP99Ms)}`,
    `  triangles + clustering (2 threads)         ${ms(r.trianglesMs)} (${r.triangles.toLocaleString('en-US')} triangles, mean C ${r.averageClustering})`,
    `  LIONs: ${r.lionsFlagged} flagged of ${r.planted} planted, precision ${r.lionsPrecision}, recall ${r.lionsRecall}`,
    '',
    `${c.members.toLocaleString('en-US')} members, ${c.ties.toLocaleString('en-US')} ties, ${c.queries} queries each, same run`,
    row('', 'ours', 'graphology', 'ratio'),
    row(
      'best path p50',
      ms(c.oursPathP50Ms),
      ms(c.graphologyPathP50Ms),
      `${Math.round(c.graphologyPathP50Ms / Math.max(c.oursPathP50Ms, 1e-6))}x`,
    ),
    row(
      'best path p99',
      ms(c.oursPathP99Ms),
      ms(c.graphologyPathP99Ms),
      `${c.speedupVsGraphology}x`,
    ),
    row(
      'build',
      ms(c.oursBuildMs),
      ms(c.graphologyBuildMs),
      `${Math.round(c.graphologyBuildMs / Math.max(c.oursBuildMs, 1))}x`,
    ),
    row(
      'bytes per tie',
      `${c.oursBytesPerTie}`,
      `${c.graphologyBytesPerTie}`,
      `${Math.round(c.graphologyBytesPerTie / c.oursBytesPerTie)}x`,
    ),
    `  graphology-shortest-path bidirectional (hops only) p99 ${ms(c.graphologyBidirectionalP99Ms)}`,
    `  identical answers: ${c.identicalAnswers ? 'yes' : 'NO'}`,
    '',
    describeMachineLoad(r.machine),
  ].join('\n')
}

/** `rapport bench graph`: the graph engine's benchmark (registered under `rapport bench`). */
export function benchGraphCommand(): Command {
  return new Command('graph')
    .description('measure the graph engine on a generated network, side by side with graphology')
    .option('--members <n>', 'members of the main graph', '1000000')
    .option('--seed <s>', 'generator seed', '1')
    .option('--json', 'print one JSON document on stdout')
    .action(async (options: { members: string; seed: string; json?: boolean }) => {
      const members = Number(options.members)
      const seed = Number(options.seed)
      if (!Number.isInteger(members) || members < 1000 || !Number.isInteger(seed)) {
        process.stderr.write(
          'rapport bench graph: --members must be a whole number ≥ 1000 and --seed a whole number\n',
        )
        process.exitCode = 1
        return
      }
      const { runGraphBench } = await import('../../../bench/graph.bench.js')
      const result = await runGraphBench({
        members,
        seed,
        log: (m) => process.stderr.write(`[bench graph] ${m}\n`),
      })
      process.stdout.write(
        options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatGraphBench(result)}\n`,
      )
    })
}
