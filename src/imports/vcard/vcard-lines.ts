import type { TextInput } from '../common/text-input.js'
import { describeBytes, type ImportLimits, overLimit } from '../limits.js'

/** One content line after unfolding; `text` holds one byte per character (latin1). */
export interface LogicalLine {
  text: string
  /** Physical line (1-based) on which it starts. */
  line: number
}

const QP_PROPERTY = /^[^:]*QUOTED-PRINTABLE/i
/** `PHOTO;ENCODING=b:`, `PHOTO;BASE64:`, `KEY;ENCODING=BASE64;TYPE=…:`: binary data, never read. */
const BINARY_PROPERTY = /^[^:]*;(ENCODING=(B|BASE64)|BASE64)[;:]/i
const LF = 0x0a

/**
 * Streams the logical lines of a vCard file. Lines end in CRLF, LF or a mix (real files mix
 * them). A line starting with a space or tab continues the previous one (RFC 6350 folding,
 * also used by 2.1); a quoted-printable value ending in `=` continues on the next line
 * whatever it starts with (vCard 2.1 soft breaks, as Outlook writes them). Blank lines end a
 * logical line and are otherwise ignored. Bytes are kept as they are (one per character) so
 * that each property can be decoded by its own CHARSET.
 *
 * No line is held past `recordBytes`: a longer physical line, or a longer unfolded line of text,
 * stops the file (413); a binary value (a photo) is never read, so what passes the cap is dropped.
 */
/** A logical line being unfolded: its pieces, joined once it ends (never grown in place). */
interface Unfolding {
  parts: string[]
  length: number
  line: number
  quotedPrintable: boolean
  binary: boolean
  /** A binary value past the cap: the rest of it is dropped. */
  full: boolean
}

export async function* readLogicalLines(
  input: TextInput,
  file: string,
  limits: Pick<ImportLimits, 'recordBytes'>,
): AsyncGenerator<LogicalLine> {
  let lineNumber = 0
  let current: Unfolding | null = null
  const tooLong = (line: number) =>
    overLimit(
      file,
      `the line at ${line} is too long`,
      `${describeBytes(limits.recordBytes)} per line`,
    )
  function append(unfolding: Unfolding, text: string): void {
    if (unfolding.full) return
    if (unfolding.length + text.length > limits.recordBytes) {
      if (!unfolding.binary) throw tooLong(unfolding.line)
      unfolding.full = true
      return
    }
    unfolding.parts.push(text)
    unfolding.length += text.length
  }
  function endsInSoftBreak(unfolding: Unfolding): boolean {
    return unfolding.quotedPrintable && (unfolding.parts.at(-1) ?? '').endsWith('=')
  }
  // @NOTE Checked whole: folding may cut a multi-byte character across two physical lines.
  function settled(unfolding: Unfolding): LogicalLine {
    const text = unfolding.parts.join('')
    const bytes = Buffer.from(text, 'latin1')
    input.accept(bytes, 0, bytes.length)
    return { text, line: unfolding.line }
  }
  function* accept(physical: string): Generator<LogicalLine> {
    lineNumber++
    const text = physical.endsWith('\r') ? physical.slice(0, -1) : physical
    if (current !== null && endsInSoftBreak(current)) {
      const last = current.parts.length - 1
      current.parts[last] = (current.parts[last] ?? '').slice(0, -1)
      current.length--
      append(current, text)
      return
    }
    if (current !== null && (text.startsWith(' ') || text.startsWith('\t'))) {
      append(current, text.slice(1))
      return
    }
    if (current !== null) yield settled(current)
    current = null
    if (text.trim() === '') return
    current = {
      parts: [text],
      length: text.length,
      line: lineNumber,
      quotedPrintable: QP_PROPERTY.test(text),
      binary: BINARY_PROPERTY.test(text),
      full: false,
    }
  }
  // @NOTE The start of a line is kept in pieces until its end comes, then joined once.
  let pending: Buffer[] = []
  let pendingBytes = 0
  try {
    for await (const chunk of input.chunks) {
      let start = 0
      let end = chunk.indexOf(LF)
      if (end !== -1 && pending.length > 0) {
        const line = Buffer.concat([...pending, chunk.subarray(0, end)])
        pending = []
        pendingBytes = 0
        if (line.length > limits.recordBytes) throw tooLong(lineNumber + 1)
        yield* accept(line.toString('latin1'))
        start = end + 1
        end = chunk.indexOf(LF, start)
      }
      while (end !== -1) {
        if (end - start > limits.recordBytes) throw tooLong(lineNumber + 1)
        yield* accept(chunk.toString('latin1', start, end))
        start = end + 1
        end = chunk.indexOf(LF, start)
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start))
        pendingBytes += chunk.length - start
        if (pendingBytes > limits.recordBytes) throw tooLong(lineNumber + 1)
      }
    }
    if (pending.length > 0) yield* accept(Buffer.concat(pending).toString('latin1'))
    if (current !== null) yield settled(current)
  } finally {
    input.close()
  }
}
