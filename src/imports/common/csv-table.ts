import { pipeline, Readable } from 'node:stream'
import { type CsvError, parse } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
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
  lines: number
  detail: string
}

/** Bytes read ahead to find the header; a preamble longer than this is not a preamble. */
const HEAD_BYTES = 64 * 1024

function parseOptions() {
  return {
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    record_delimiter: ['\r\n', '\n'],
  }
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

function isBlank(record: readonly string[]): boolean {
  return record.length === 1 && record[0] === ''
}

interface HeaderPosition<C extends string> {
  header: CsvHeader<C>
  /** Byte offset of the header's first byte in the file. */
  offset: number
}

/**
 * Finds the header in the first bytes of a file, by content. Lines are counted here, not by
 * csv-parse: it counts a CRLF inside a quoted field twice.
 */
function locateHeader<C extends string>(
  head: Buffer,
  spec: CsvTableSpec<C>,
  complete: boolean,
): HeaderPosition<C> | null {
  let brokenAt = Number.POSITIVE_INFINITY
  const records: string[][] = parseSync(head, {
    ...parseOptions(),
    bom: true,
    on_skip: (error) => {
      if (error !== undefined) brokenAt = Math.min(brokenAt, numberOf(error, 'records'))
      return undefined
    },
  })
  let line = 0
  let rows = 0
  // @NOTE The last record of an incomplete head may be cut short, and nothing after a
  // malformed record can be placed on a line: neither is trusted.
  const usable = Math.min(complete ? records.length : records.length - 1, brokenAt)
  for (let i = 0; i < usable; i++) {
    const record = records[i] ?? []
    line++
    if (!isBlank(record)) {
      const header = matchHeader(record, spec, line)
      if (header !== null) return { header, offset: offsetOfLine(head, line) }
      if (++rows > (spec.maxPreambleRows ?? 10)) return null
    }
    line += countNewlines(record)
  }
  return null
}

function offsetOfLine(buffer: Buffer, line: number): number {
  let offset = 0
  for (let l = 1; l < line; l++) offset = buffer.indexOf(10, offset) + 1
  return offset
}

/** Streams of strings (`Readable.from(['…'])`) are read as UTF-8 like any other. */
function asBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
}

function noHeader<C extends string>(file: string, spec: CsvTableSpec<C>): SkippedRow {
  return skipped(file, 1, 'no-header', `no header with ${spec.required.join(', ')}`)
}

/**
 * Streams a CSV file as rows of a table whose header is found by content, not by position.
 * Rows before the header are a preamble and ignored; a file without a recognisable header
 * yields one `no-header` skip. A row whose field count differs from the header's, or that
 * the CSV grammar rejects, is a `malformed-csv` skip; blank lines are not rows.
 *
 * Line numbers are counted here: a record starts one line after the previous one ended, and
 * ends as many lines later as its fields hold line feeds. csv-parse's own `info.lines` counts
 * a CRLF inside a quoted field twice, and `info: true` costs a tenth of the parse, so neither
 * is used; blank lines arrive as `['']` records and are counted as lines.
 *
 * @NOTE The preamble is cut off before parsing: csv-parse takes the first record's width as
 * the expected one, and with a one-field "Notes:" first it would build (and drop) an error
 * object, stack trace included, for every later row.
 */
export async function* readCsvTable<C extends string>(
  input: Readable,
  file: string,
  spec: CsvTableSpec<C>,
): AsyncGenerator<CsvTableRow<C> | SkippedRow> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
  const head: Buffer[] = []
  let headBytes = 0
  let ended = false
  try {
    while (headBytes < HEAD_BYTES) {
      const next = await chunks.next()
      if (next.done) {
        ended = true
        break
      }
      const chunk = asBuffer(next.value)
      head.push(chunk)
      headBytes += chunk.length
    }
  } catch (error) {
    input.destroy()
    throw error
  }
  const headBuffer = Buffer.concat(head)
  const found = locateHeader(headBuffer, spec, ended)
  if (found === null) {
    input.destroy()
    yield noHeader(file, spec)
    return
  }
  async function* body(): AsyncGenerator<Buffer> {
    yield headBuffer.subarray(found?.offset ?? 0)
    if (ended) return
    for (;;) {
      const next = await chunks.next()
      if (next.done) return
      yield asBuffer(next.value)
    }
  }
  const pending: PendingSkip[] = []
  const parser = parse({ ...parseOptions(), bom: found.offset === 0 })
  parser.on('skip', (error: CsvError) => {
    pending.push({
      afterRecords: numberOf(error, 'records'),
      lines: numberOf(error, 'lines'),
      detail: error.message,
    })
  })
  const source = pipeline(Readable.from(body(), { objectMode: false }), parser, () => {})
  const { header } = found
  const width = header.titles.length
  let records = 0
  let previousEnd = header.line - 1
  const lineOffset = header.line - 1
  try {
    for await (const record of source as AsyncIterable<string[]>) {
      while (pending.length > 0 && (pending[0]?.afterRecords ?? 0) <= records) {
        const skip = pending.shift()!
        const line = previousEnd + 1
        previousEnd = Math.max(line, skip.lines + lineOffset)
        yield skipped(file, line, 'malformed-csv', skip.detail)
      }
      records++
      const line = previousEnd + 1
      previousEnd = line + countNewlines(record)
      if (records === 1 || isBlank(record)) continue
      if (record.length !== width) {
        yield skipped(
          file,
          line,
          'malformed-csv',
          `${record.length} fields where the header has ${width}`,
        )
        continue
      }
      yield { kind: 'row', line, fields: record, header }
    }
    for (const skip of pending) {
      const line = previousEnd + 1
      previousEnd = Math.max(line, skip.lines + lineOffset)
      yield skipped(file, line, 'malformed-csv', skip.detail)
    }
  } finally {
    source.destroy()
    input.destroy()
  }
}
