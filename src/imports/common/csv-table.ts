import type { Readable } from 'node:stream'
import { IMPORT_LIMITS, type ImportLimits } from '../limits.js'
import type { SkippedRow } from '../types.js'
import { type CsvCells, CsvRecordReader } from './csv-records.js'
import { type ReadSummary, type TextEncoding, TextInput } from './text-input.js'

/**
 * How to recognise a header row: for each logical column, the header titles that name it
 * (compared trimmed and case-insensitively). A row is the header when every `required`
 * column is found in it.
 */
export interface CsvTableSpec<C extends string> {
  columns: Record<C, readonly string[]>
  required: readonly C[]
  /** How many rows may precede the header (a preamble such as LinkedIn's "Notes:"). */
  maxPreambleRows?: number
}

export interface CsvHeader<C extends string> {
  line: number
  /** Index of each logical column in a row, or -1 when the file lacks it. */
  index: Record<C, number>
  titles: string[]
}

/** A data row after the header; `line` is the physical line it starts on (1-based). */
export interface CsvTableRow<C extends string> {
  kind: 'row'
  line: number
  cells: CsvCells
  header: CsvHeader<C>
}

/** Bytes within which the header must start; a preamble longer than this is not a preamble. */
const HEAD_BYTES = 64 * 1024

export interface CsvTableOptions {
  /** The file's encoding, as a scan of the whole file found it; see TextInput. */
  encoding?: TextEncoding
  limits?: ImportLimits
  /**
   * Read to the end even when there is no header, so that the caps and the encoding cover the
   * whole file (the scan before an import); otherwise reading stops there.
   */
  whole?: boolean
}

export function matchHeader<C extends string>(
  fields: readonly string[],
  spec: CsvTableSpec<C>,
  line: number,
): CsvHeader<C> | null {
  const titles = fields.map((f) => f.trim().toLowerCase())
  const index = {} as Record<C, number>
  for (const column of Object.keys(spec.columns) as C[]) {
    let at = -1
    for (const name of spec.columns[column]) {
      at = titles.indexOf(name.toLowerCase())
      if (at !== -1) break
    }
    index[column] = at
  }
  for (const column of spec.required) if (index[column] === -1) return null
  return { line, index, titles: fields.map((f) => f.trim()) }
}

/** The field of a logical column, trimmed; '' when the file has no such column. */
export function field<C extends string>(row: CsvTableRow<C>, column: C): string {
  const at = row.header.index[column]
  if (at === -1) return ''
  return row.cells.get(at).trim()
}

/** Like `field`, with '' turned into null. */
export function optionalField<C extends string>(row: CsvTableRow<C>, column: C): string | null {
  const value = field(row, column)
  return value === '' ? null : value
}

function skipped(file: string, line: number, reason: SkippedRow['reason'], detail: string) {
  const row: SkippedRow = { kind: 'skipped', file, line, reason, detail }
  return row
}

function noHeader<C extends string>(file: string, spec: CsvTableSpec<C>): SkippedRow {
  return skipped(file, 1, 'no-header', `no header with ${spec.required.join(', ')}`)
}

/**
 * Streams a CSV file as rows of a table whose header is found by content, not by position.
 * Rows before the header are a preamble and ignored; a file without a recognisable header
 * yields one `no-header` skip. A line that cannot be read (the CSV grammar rejects it, or its
 * field count differs from the header's) is a `malformed-csv` skip, and reading goes on at the
 * next line (see CsvRecordReader); blank lines are not rows. `line` is the physical line a row
 * starts on. Returns the encoding the file was read in.
 */
export async function* readCsvTable<C extends string>(
  input: Readable,
  file: string,
  spec: CsvTableSpec<C>,
  options: CsvTableOptions = {},
): AsyncGenerator<CsvTableRow<C> | SkippedRow, ReadSummary> {
  const text = await TextInput.open(input, options.encoding)
  const reader = new CsvRecordReader(text, file, options.limits ?? IMPORT_LIMITS)
  let header: CsvHeader<C> | null = null
  let preamble = 0
  let searching = true
  for await (const record of reader.records()) {
    if (header !== null) {
      if (record.kind === 'unreadable')
        yield skipped(file, record.line, 'malformed-csv', record.detail)
      else yield { kind: 'row', line: record.line, cells: record.cells, header }
      continue
    }
    if (!searching) continue
    const found =
      record.kind === 'record' ? matchHeader(record.cells.all(), spec, record.line) : null
    if (found !== null && record.offset < HEAD_BYTES) {
      header = found
      reader.width = found.titles.length
      continue
    }
    if (record.offset >= HEAD_BYTES || ++preamble > (spec.maxPreambleRows ?? 10)) {
      searching = false
      yield noHeader(file, spec)
      if (!options.whole) break
    }
  }
  if (header === null && searching) yield noHeader(file, spec)
  return { encoding: text.encoding }
}
