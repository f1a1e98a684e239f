import { Command } from 'commander'
import type { ImportBenchResult } from '../../../bench/import.bench.js'
import { describeMachineLoad } from '../../../bench/machine-load.js'
import { printResult } from '../runtime.js'

const share = (d: ImportBenchResult['strengths']['exact']) =>
  d.mostCommon === null
    ? 'n/a'
    : `${(d.mostCommon.share * 100).toFixed(1)}% (${d.mostCommon.value})`

export function formatImportBench(r: ImportBenchResult): string {
  return [
    `LinkedIn export: ${r.export.connections.toLocaleString('en-US')} connections, ${r.export.messages.toLocaleString('en-US')} messages, ${Math.round(r.export.bytes / 2 ** 20)} MiB (${r.database})`,
    `  bare csv-parse         ${r.parse.elapsedMs.toLocaleString('en-US')} ms (${r.parse.rows.toLocaleString('en-US')} rows)`,
    `  read into records      ${r.read.elapsedMs.toLocaleString('en-US')} ms (the readers alone, nothing stored)`,
    `  import and score       ${r.import.elapsedMs.toLocaleString('en-US')} ms (${r.ratio}x the parse; goal at most ${r.goal.maxRatio}x)`,
    `  scoring alone          ${r.import.scoreMs.toLocaleString('en-US')} ms for ${r.import.contactsScored.toLocaleString('en-US')} contacts`,
    `  peak memory            ${r.peakRssMiB} MiB (goal under ${r.goal.maxPeakRssMiB} MiB)`,
    `  strengths              largest share at one value ${share(r.strengths.exact)} exact, ${share(r.strengths.hundredths)} by hundredths`,
    `  goal ${r.goal.met ? 'met' : 'NOT met'}`,
    `  ${describeMachineLoad(r.machine)}`,
  ].join('\n')
}

/** `rapport bench import`: our import and scoring next to a bare csv-parse of the same files. */
export function benchImportCommand(): Command {
  return new Command('import')
    .description('import and score a generated LinkedIn export, next to a bare csv-parse of it')
    .option('--connections <n>', 'connections in the generated export', '30000')
    .option('--messages <n>', 'messages in the generated export', '1000000')
    .option('--database-url <url>', 'PostgreSQL server URL (default: embedded, in a temp folder)')
    .option('--json', 'print one JSON document')
    .action(
      async (options: {
        connections: string
        messages: string
        databaseUrl?: string
        json?: boolean
      }) => {
        const connections = Number(options.connections)
        const messages = Number(options.messages)
        if (!Number.isInteger(connections) || connections < 1 || !Number.isInteger(messages)) {
          throw new Error('--connections and --messages must be whole numbers')
        }
        const { runImportBench } = await import('../../../bench/import.bench.js')
        const result = await runImportBench({
          connections,
          messages,
          ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
          onStep: (s) => process.stderr.write(`bench import: ${s}\n`),
        })
        printResult(options.json, result, formatImportBench)
      },
    )
}
