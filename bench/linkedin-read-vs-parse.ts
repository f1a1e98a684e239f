import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readLinkedInExport } from '../src/imports/linkedin/read-export.js'
import { generateLinkedInExport } from './generators/linkedin-export.js'
import { parseExportBaseline } from './import-parse-baseline.js'

export interface ReadMeasurement {
  records: Record<string, number>
  elapsedMs: number
  peakRssBytes: number
}

/** Reads a whole export with readLinkedInExport, sampling RSS every 50 ms for the peak. */
export async function measureLinkedInRead(dir: string): Promise<ReadMeasurement> {
  const records: Record<string, number> = {}
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  const started = performance.now()
  try {
    for await (const record of readLinkedInExport(dir)) {
      records[record.kind] = (records[record.kind] ?? 0) + 1
    }
  } finally {
    clearInterval(sampler)
  }
  const elapsedMs = performance.now() - started
  peak = Math.max(peak, process.memoryUsage().rss)
  return { records, elapsedMs, peakRssBytes: peak }
}

/**
 * Generates an export, then parses it bare and reads it with readLinkedInExport in one run.
 * `tsx bench/linkedin-read-vs-parse.ts [connections] [messages]` prints one JSON document.
 */
export async function compareReadWithParse(connections: number, messages: number) {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-linkedin-bench-'))
  try {
    const generatedAt = performance.now()
    const generated = await generateLinkedInExport(dir, { connections, messages })
    const generateMs = performance.now() - generatedAt
    const baseline = await parseExportBaseline(dir)
    const read = await measureLinkedInRead(dir)
    return {
      generated: { ...generated, dir: undefined, elapsedMs: Math.round(generateMs) },
      baseline: { rows: baseline.rows, elapsedMs: Math.round(baseline.elapsedMs) },
      read: {
        records: read.records,
        elapsedMs: Math.round(read.elapsedMs),
        peakRssMiB: Math.round(read.peakRssBytes / 2 ** 20),
      },
      ratio: Number((read.elapsedMs / baseline.elapsedMs).toFixed(2)),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const connections = Number(process.argv[2] ?? 30_000)
  const messages = Number(process.argv[3] ?? 1_000_000)
  console.log(JSON.stringify(await compareReadWithParse(connections, messages), null, 2))
}
