import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream'
import { type CsvError, type Info, parse } from 'csv-parse'
import type { SkippedRow } from '../types.js'

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
  fields: string[]
  header: CsvHeader<C>
}

interface PendingSkip {
  afterRecords: number
  emptyLines: number
  lines: number
  detail: string
}

function countNewlines(fields: readonly string[]): number {
  let count = 0
  for (const field of fields) {
    let at = field.indexOf('\n')
    while (at !== -1) {
      count++
      at = field.indexOf('\n', at + 1)
    }
  }
  return count
}

function numberOf(error: CsvError, key: string): number {
  const value = error[key]
  return typeof value === 'number' ? value : 0
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
  const value = row.fields[at]
  return value === undefined ? '' : value.trim()
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

/**
 * Streams a CSV file as rows of a table whose header is found by content, not by position.
 * Rows before the header are a preamble and ignored; a file without a recognisable header
 * yields one `no-header` skip. A row whose field count differs from the header's, or that
 * the CSV grammar rejects, is a `malformed-csv` skip; blank lines are not rows.
 *
 * Line numbers: csv-parse reports the line a record ends on and counts a CRLF inside a quoted
 * field twice, so the start line is computed here: one past the previous record's end plus
 * the blank lines skipped since, and a record ends `newlines inside its fields` lines later.
 */
export async function* readCsvTable<C extends string>(
  input: Readable,
  file: string,
  spec: CsvTableSpec<C>,
): AsyncGenerator<CsvTableRow<C> | SkippedRow> {
  const pending: PendingSkip[] = []
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    record_delimiter: ['\r\n', '\n'],
  })
  parser.on('skip', (error: CsvError) => {
    pending.push({
      afterRecords: numberOf(error, 'records'),
      emptyLines: numberOf(error, 'empty_lines'),
      lines: numberOf(error, 'lines'),
      detail: error.message,
    })
  })
  const source = pipeline(input, parser, () => {})
  const maxPreamble = spec.maxPreambleRows ?? 10
  let header: CsvHeader<C> | null = null
  let records = 0
  let previousEnd = 0
  let previousEmpty = 0
  let preambleRows = 0
  try {
    for await (const chunk of source as AsyncIterable<{ record: string[]; info: Info }>) {
      while (pending.length > 0 && (pending[0]?.afterRecords ?? 0) <= records) {
        const skip = pending.shift()!
        const line = previousEnd + 1 + (skip.emptyLines - previousEmpty)
        previousEnd = Math.max(line, skip.lines)
        previousEmpty = skip.emptyLines
        yield skipped(file, line, 'malformed-csv', skip.detail)
      }
      records++
      const { record, info } = chunk
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty)
      previousEmpty = info.empty_lines
      previousEnd = line + countNewlines(record)
      if (header === null) {
        header = matchHeader(record, spec, line)
        if (header === null && ++preambleRows > maxPreamble) {
          yield skipped(file, 1, 'no-header', `no header with ${spec.required.join(', ')}`)
          return
        }
        continue
      }
      if (record.length !== header.titles.length) {
        yield skipped(
          file,
          line,
          'malformed-csv',
          `${record.length} fields where the header has ${header.titles.length}`,
        )
        continue
      }
      yield { kind: 'row', line, fields: record, header }
    }
    for (const skip of pending) {
      const line = previousEnd + 1 + (skip.emptyLines - previousEmpty)
      previousEnd = Math.max(line, skip.lines)
      previousEmpty = skip.emptyLines
      yield skipped(file, line, 'malformed-csv', skip.detail)
    }
    if (header === null) {
      yield skipped(file, 1, 'no-header', `no header with ${spec.required.join(', ')}`)
    }
  } finally {
    source.destroy()
  }
}
