import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStandalone } from '../src/services/common/index.js'
import { importLinkedIn, memberForImport } from '../src/services/imports/index.js'
import { distributionOf } from '../src/services/insights/index.js'
import { analyzeNetwork } from '../src/services/scoring/index.js'
import { generateLinkedInExport } from './generators/linkedin-export.js'
import { parseExportBaseline } from './import-parse-baseline.js'
import { measureLinkedInRead } from './linkedin-read-vs-parse.js'
import { type MachineLoad, watchMachineLoad } from './machine-load.js'

export interface ImportBenchOptions {
  connections?: number
  messages?: number
  /** PostgreSQL URL; default: the embedded database in a temporary folder. */
  databaseUrl?: string
  onStep?: (step: string) => void
}

export interface ImportBenchResult {
  export: { connections: number; messages: number; bytes: number; generateMs: number }
  database: 'pglite' | 'postgres'
  parse: { rows: number; elapsedMs: number }
  /** Reading the export into records without storing them: the share of the import that is parsing. */
  read: { elapsedMs: number }
  import: {
    elapsedMs: number
    imported: Record<string, number>
    skipped: number
    /** The import includes a first scoring; this is a second one on its own. */
    scoreMs: number
    contactsScored: number
  }
  /** How the strengths spread as of the export's date: the largest share at one value. */
  strengths: ReturnType<typeof distributionOf>
  /** `import.elapsedMs / parse.elapsedMs`: the goal is at most 3. */
  ratio: number
  peakRssMiB: number
  goal: { maxRatio: number; maxPeakRssMiB: number; met: boolean }
  machine: MachineLoad
}

/**
 * Generates a LinkedIn export (30,000 connections and 1,000,000 messages by default), parses it
 * with bare csv-parse for reference, then imports it into a fresh database and scores every
 * contact, sampling RSS for the peak — in one run, so both numbers share the machine's state.
 */
export async function runImportBench(options: ImportBenchOptions = {}): Promise<ImportBenchResult> {
  const step = options.onStep ?? (() => {})
  const machine = watchMachineLoad()
  const work = await mkdtemp(join(tmpdir(), 'rapport-import-bench-'))
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  try {
    step('generating the export')
    const generatedAt = performance.now()
    const generated = await generateLinkedInExport(join(work, 'export'), {
      ...(options.connections !== undefined ? { connections: options.connections } : {}),
      ...(options.messages !== undefined ? { messages: options.messages } : {}),
    })
    const generateMs = performance.now() - generatedAt
    step('parsing with csv-parse')
    const parse = await parseExportBaseline(generated.dir)
    step('reading into records')
    const read = await measureLinkedInRead(generated.dir)
    step('opening the database')
    const { database, ctx } = await openStandalone(
      options.databaseUrl !== undefined
        ? { kind: 'postgres', url: options.databaseUrl }
        : { kind: 'pglite', dataDir: join(work, 'db') },
    )
    try {
      const owner = await memberForImport(ctx, `bench-${Date.now()}@rapport.local`)
      step('importing and scoring')
      const startedAt = performance.now()
      const result = await importLinkedIn(ctx, owner, generated.dir)
      const importMs = performance.now() - startedAt
      step('scoring again')
      const scoredAt = performance.now()
      const network = await analyzeNetwork(ctx, owner)
      const scoreMs = performance.now() - scoredAt
      peak = Math.max(peak, process.memoryUsage().rss)
      const ratio = Number((importMs / parse.elapsedMs).toFixed(2))
      const peakRssMiB = Math.round(peak / 2 ** 20)
      return {
        export: {
          connections: generated.connections,
          messages: generated.messages,
          bytes: generated.bytes,
          generateMs: Math.round(generateMs),
        },
        database: database.kind,
        parse: { rows: parse.rows, elapsedMs: Math.round(parse.elapsedMs) },
        read: { elapsedMs: Math.round(read.elapsedMs) },
        import: {
          elapsedMs: Math.round(importMs),
          imported: { ...result.imported },
          skipped: result.skipped.length,
          scoreMs: Math.round(scoreMs),
          contactsScored: network.contacts.length,
        },
        strengths: distributionOf(network),
        ratio,
        peakRssMiB,
        goal: { maxRatio: 3, maxPeakRssMiB: 1024, met: ratio <= 3 && peakRssMiB < 1024 },
        machine: machine(),
      }
    } finally {
      await database.close()
    }
  } finally {
    clearInterval(sampler)
    await rm(work, { recursive: true, force: true })
  }
}
