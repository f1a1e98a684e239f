import { createReadStream } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parse } from 'csv-parse'

export interface ParseBaselineResult {
  /** Records csv-parse produced over all files, headers and preamble included. */
  rows: number
  elapsedMs: number
  files: { name: string; rows: number }[]
}

/**
 * The reference for the import benchmark: every CSV file of an export folder parsed with
 * csv-parse's streaming API and nothing else (no header lookup, no mapping, no dates, no
 * classification). The import is judged against this number.
 */
export async function parseExportBaseline(dir: string): Promise<ParseBaselineResult> {
  const started = performance.now()
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.csv')).sort()
  const files: ParseBaselineResult['files'] = []
  let rows = 0
  for (const name of names) {
    let count = 0
    const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true })
    parser.on('data', () => {
      count++
    })
    await pipeline(createReadStream(join(dir, name), { highWaterMark: 256 * 1024 }), parser)
    files.push({ name, rows: count })
    rows += count
  }
  return { rows, elapsedMs: performance.now() - started, files }
}
