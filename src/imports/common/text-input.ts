import { isUtf8 } from 'node:buffer'
import type { Readable } from 'node:stream'
import { TextDecoder } from 'node:util'
import { decodeWindows1252 } from './text-decoding.js'

/** How a file's bytes are text: what the import report says of each file. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** What a reader says of its file once read: the encoding it was read in. */
export interface ReadSummary {
  encoding: TextEncoding
}

type Bom = 'utf-8-bom' | 'utf-16le' | 'utf-16be'

function bomOf(head: Buffer): { bom: Bom; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { bom: 'utf-8-bom', length: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { bom: 'utf-16le', length: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { bom: 'utf-16be', length: 2 }
  return null
}

async function* reencoded(
  first: Buffer,
  rest: AsyncIterator<Buffer | string>,
  decoder: TextDecoder | null,
): AsyncGenerator<Buffer> {
  const convert = (chunk: Buffer) =>
    decoder === null ? chunk : Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8')
  if (first.length > 0) yield convert(first)
  for (;;) {
    const next = await rest.next()
    if (next.done) break
    yield convert(asBuffer(next.value))
  }
  if (decoder !== null) {
    const tail = decoder.decode()
    if (tail !== '') yield Buffer.from(tail, 'utf8')
  }
}

function utf8Range(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end)
}

function windows1252Range(bytes: Buffer, start: number, end: number): string {
  return decodeWindows1252(bytes.subarray(start, end))
}

/** Streams of strings (`Readable.from(['…'])`) are read as UTF-8 like any other. */
function asBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
}

/**
 * The bytes of one file, ready for a parser that splits on ASCII characters: a UTF-8 byte-order
 * mark is removed and UTF-16 (recognised by its byte-order mark) is re-encoded as UTF-8, so that
 * `chunks` are UTF-8 or Windows-1252 bytes. Without a byte-order mark the file is UTF-8 if all
 * of it is valid UTF-8, and Windows-1252 otherwise.
 *
 * That needs the whole file: the import scans each file before reading it and passes what the
 * scan found as `expected`. Without it, the text is read as UTF-8 until a piece `accept`ed is
 * not valid UTF-8, and as Windows-1252 from that piece on; `encoding` then says Windows-1252,
 * and a caller that needs every piece read alike reads the file again with it.
 */
export class TextInput {
  private legacy: boolean

  private constructor(
    readonly chunks: AsyncIterable<Buffer>,
    private readonly bom: Bom | null,
    expected: TextEncoding | undefined,
    private readonly settled: boolean,
    private readonly source: Readable,
  ) {
    this.legacy = bom === null && expected === 'windows-1252'
  }

  static async open(input: Readable, expected?: TextEncoding): Promise<TextInput> {
    const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
    let head: Buffer = Buffer.alloc(0)
    try {
      while (head.length < 3) {
        const next = await iterator.next()
        if (next.done) break
        head =
          head.length === 0 ? asBuffer(next.value) : Buffer.concat([head, asBuffer(next.value)])
      }
    } catch (error) {
      input.destroy()
      throw error
    }
    const found = bomOf(head)
    const decoder = found === null || found.bom === 'utf-8-bom' ? null : new TextDecoder(found.bom)
    // @NOTE The UTF-16 decoder is given the mark too, and drops it itself.
    const first = found !== null && decoder === null ? head.subarray(found.length) : head
    return new TextInput(
      reencoded(first, iterator, decoder),
      found?.bom ?? null,
      expected,
      expected !== undefined || found !== null,
      input,
    )
  }

  get encoding(): TextEncoding {
    return this.bom ?? (this.legacy ? 'windows-1252' : 'utf-8')
  }

  /**
   * Takes note of the bytes `[start, end)` of a chunk before they are decoded: one whole
   * record, so that a multi-byte character is never cut. Bytes skipped unread are noted too.
   */
  accept(bytes: Buffer, start: number, end: number): void {
    if (this.settled || this.legacy) return
    if (!isUtf8(bytes.subarray(start, end))) this.legacy = true
  }

  /**
   * Decodes bytes `[start, end)` of a chunk in the encoding the file is read in now, which is
   * that of the piece last accepted: a reader decodes a record's fields after accepting it.
   */
  decoder(): (bytes: Buffer, start: number, end: number) => string {
    return this.legacy ? windows1252Range : utf8Range
  }

  /** Stops reading: the file is closed. */
  close(): void {
    this.source.destroy()
  }
}
