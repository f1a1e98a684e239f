import { AppError } from '../../errors.js'
import { describeBytes, type ImportLimits, overLimit } from '../limits.js'
import type { TextInput } from './text-input.js'

const QUOTE = 0x22
const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d

/**
 * The fields of one record, decoded when asked for: most readers use a few of a row's fields,
 * and decoding is most of the cost of reading. Each is a string of its own (a slice of a larger
 * string would keep all of it alive).
 */
export class CsvCells {
  private readonly decoded: (string | undefined)[]

  constructor(
    private readonly bytes: Buffer,
    /** Three numbers per field: first byte, end, and 1 when it holds `""` escapes. */
    private readonly ranges: readonly number[],
    private readonly decode: (bytes: Buffer, start: number, end: number) => string,
  ) {
    this.decoded = new Array(ranges.length / 3)
  }

  get length(): number {
    return this.decoded.length
  }

  /** The field at `index`, or '' past the last. */
  get(index: number): string {
    if (index < 0 || index >= this.decoded.length) return ''
    let value = this.decoded[index]
    if (value === undefined) {
      const r = index * 3
      value = this.decode(this.bytes, this.ranges[r] ?? 0, this.ranges[r + 1] ?? 0)
      if (this.ranges[r + 2] === 1) value = value.replaceAll('""', '"')
      this.decoded[index] = value
    }
    return value
  }

  all(): string[] {
    return Array.from({ length: this.decoded.length }, (_, i) => this.get(i))
  }
}

/** A record of the file; `line` is the physical line it starts on, `offset` its first byte. */
export interface CsvRecord {
  kind: 'record'
  line: number
  offset: number
  cells: CsvCells
}

/** A line that could not be read as (the start of) a record; reading goes on at the next line. */
export interface CsvUnreadable {
  kind: 'unreadable'
  line: number
  offset: number
  detail: string
}

type Scan =
  | { status: 'record'; end: number; fields: number[] }
  | { status: 'broken'; detail: string }
  | { status: 'incomplete' }

const INCOMPLETE: Scan = { status: 'incomplete' }

function shown(byte: number | undefined): string {
  if (byte === undefined) return 'the end of the file'
  return byte >= 0x21 && byte < 0x7f
    ? `"${String.fromCharCode(byte)}"`
    : `byte 0x${byte.toString(16)}`
}

function countLineFeeds(bytes: Buffer, start: number, end: number): number {
  let count = 0
  let at = bytes.indexOf(LF, start)
  while (at !== -1 && at < end) {
    count++
    at = bytes.indexOf(LF, at + 1)
  }
  return count
}

/**
 * Scans one record from `start`: RFC 4180 (a field is quoted when it starts with a quote, `""`
 * is a quote inside it), records end at LF or CRLF, a quote inside an unquoted field is kept
 * as it is. Works on bytes, so every ASCII-compatible encoding splits alike. `fields` holds
 * three numbers per field: first byte, end, and 1 when it holds `""` escapes.
 */
function scanRecord(bytes: Buffer, start: number, final: boolean): Scan {
  const fields: number[] = []
  const n = bytes.length
  let i = start
  for (;;) {
    if (i < n && bytes[i] === QUOTE) {
      let from = i + 1
      let escaped = 0
      for (;;) {
        const q = bytes.indexOf(QUOTE, from)
        if (q === -1)
          return final ? { status: 'broken', detail: 'a quote is never closed' } : INCOMPLETE
        const next = bytes[q + 1]
        if (next === QUOTE) {
          escaped = 1
          from = q + 2
          continue
        }
        if (next === undefined && !final) return INCOMPLETE
        fields.push(i + 1, q, escaped)
        if (next === COMMA) {
          i = q + 2
          break
        }
        if (next === undefined) return { status: 'record', end: n, fields }
        if (next === LF) return { status: 'record', end: q + 2, fields }
        if (next === CR) {
          const after = bytes[q + 2]
          if (after === undefined && !final) return INCOMPLETE
          if (after === undefined) return { status: 'record', end: n, fields }
          if (after === LF) return { status: 'record', end: q + 3, fields }
        }
        return {
          status: 'broken',
          detail: `a quote closes a field but is followed by ${shown(next === CR ? bytes[q + 2] : next)}`,
        }
      }
      continue
    }
    let k = i
    while (k < n) {
      const c = bytes[k]
      if (c === COMMA || c === LF) break
      k++
    }
    if (k < n && bytes[k] === COMMA) {
      fields.push(i, k, 0)
      i = k + 1
      continue
    }
    if (k >= n && !final) return INCOMPLETE
    fields.push(i, k > i && bytes[k - 1] === CR ? k - 1 : k, 0)
    return { status: 'record', end: k >= n ? n : k + 1, fields }
  }
}

/**
 * Streams the records of a CSV file with the physical line each starts on. Blank lines are not
 * records. A record the grammar rejects, or one whose width is not `width` (once set), is
 * unreadable: it is reported at its first line and reading goes on at the line after it, so a
 * stray quote costs the line it is on, not the records it would swallow. Those lines are then
 * read again, at most `recordBytes` of them.
 *
 * Caps, checked on the bytes as they come: a record longer than `recordBytes` stops the file
 * (413), since it cannot be read without holding all of it; more than `unreadableLines` lines
 * that cannot be read stop it too (400): it is not a CSV file.
 */
export class CsvRecordReader {
  /** The number of fields every record must have; null while the header is looked for. */
  width: number | null = null
  private unreadable = 0

  constructor(
    private readonly input: TextInput,
    private readonly file: string,
    private readonly limits: Pick<ImportLimits, 'recordBytes' | 'unreadableLines'>,
  ) {}

  async *records(): AsyncGenerator<CsvRecord | CsvUnreadable> {
    const chunks = this.input.chunks[Symbol.asyncIterator]()
    let bytes: Buffer = Buffer.alloc(0)
    let pos = 0
    let offset = 0
    let line = 1
    let final = false
    // @NOTE A record cut across chunks is read again from its start once more bytes are in, so
    // at least as many new bytes as are pending are read first: a long record is scanned and
    // copied a few times over, not once per chunk.
    const more = async (): Promise<void> => {
      const pending = bytes.subarray(pos)
      const parts = pending.length === 0 ? [] : [pending]
      let added = 0
      while (added < Math.max(1, pending.length)) {
        const next = await chunks.next()
        if (next.done) {
          final = true
          break
        }
        parts.push(next.value)
        added += next.value.length
      }
      offset += pos
      bytes = parts.length === 1 && parts[0] !== undefined ? parts[0] : Buffer.concat(parts)
      pos = 0
    }
    try {
      for (;;) {
        if (pos >= bytes.length) {
          if (final) return
          await more()
          continue
        }
        if (bytes[pos] === LF || (bytes[pos] === CR && bytes[pos + 1] === LF)) {
          pos += bytes[pos] === LF ? 1 : 2
          line++
          continue
        }
        if (bytes[pos] === CR && pos + 1 >= bytes.length && !final) {
          await more()
          continue
        }
        const scan = scanRecord(bytes, pos, final)
        if (scan.status === 'incomplete') {
          this.checkSize(bytes.length - pos, line)
          await more()
          continue
        }
        if (scan.status === 'record') this.checkSize(scan.end - pos, line)
        const detail =
          scan.status === 'broken'
            ? scan.detail
            : this.width !== null && scan.fields.length !== this.width * 3
              ? `${scan.fields.length / 3} fields where the header has ${this.width}`
              : null
        if (scan.status === 'record' && detail === null) {
          this.input.accept(bytes, pos, scan.end)
          const cells = new CsvCells(bytes, scan.fields, this.input.decoder())
          yield { kind: 'record', line, offset: offset + pos, cells }
          line += 1 + countLineFeeds(bytes, pos, scan.end - 1)
          pos = scan.end
          continue
        }
        let lineEnd = bytes.indexOf(LF, pos)
        while (lineEnd === -1 && !final) {
          this.checkSize(bytes.length - pos, line)
          await more()
          lineEnd = bytes.indexOf(LF, pos)
        }
        const next = lineEnd === -1 ? bytes.length : lineEnd + 1
        this.input.accept(bytes, pos, next)
        if (++this.unreadable > this.limits.unreadableLines) {
          throw new AppError(
            'bad_request',
            `${this.file}: more than ${this.limits.unreadableLines.toLocaleString('en')} lines cannot be read as CSV`,
            { errors: [{ path: this.file, message: 'not a CSV file' }] },
          )
        }
        yield { kind: 'unreadable', line, offset: offset + pos, detail: detail ?? 'unreadable' }
        line++
        pos = next
      }
    } finally {
      this.input.close()
    }
  }

  private checkSize(bytes: number, line: number): void {
    if (bytes > this.limits.recordBytes) {
      throw overLimit(
        this.file,
        `the record at line ${line} is too long`,
        `${describeBytes(this.limits.recordBytes)} per record`,
      )
    }
  }
}
