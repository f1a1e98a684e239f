import { pipeline, type Readable } from 'node:stream'
import { utf16ToUtf8 } from '../common/text-decoding.js'

/** One content line after unfolding; `text` holds one byte per character (latin1). */
export interface LogicalLine {
  text: string
  /** Physical line (1-based) on which it starts. */
  line: number
}

const QP_PROPERTY = /^[^:]*QUOTED-PRINTABLE/i

/**
 * Streams the logical lines of a vCard file. Lines end in CRLF, LF or a mix (real files mix
 * them). A line starting with a space or tab continues the previous one (RFC 6350 folding,
 * also used by 2.1); a quoted-printable value ending in `=` continues on the next line
 * whatever it starts with (vCard 2.1 soft breaks, as Outlook writes them). Blank lines end a
 * logical line and are otherwise ignored. Bytes are kept as they are (one per character) so
 * that each property can be decoded by its own CHARSET.
 */
export async function* readLogicalLines(input: Readable): AsyncGenerator<LogicalLine> {
  let carry = ''
  let lineNumber = 0
  let current: LogicalLine | null = null
  let softBreak = false
  function* accept(physical: string): Generator<LogicalLine> {
    lineNumber++
    const text = physical.endsWith('\r') ? physical.slice(0, -1) : physical
    if (current !== null && softBreak) {
      current.text = current.text.slice(0, -1) + text
      softBreak = text.endsWith('=')
      return
    }
    if (current !== null && (text.startsWith(' ') || text.startsWith('\t'))) {
      current.text += text.slice(1)
      softBreak = QP_PROPERTY.test(current.text) && current.text.endsWith('=')
      return
    }
    if (current !== null) yield current
    current = null
    if (text.trim() === '') return
    current = { text, line: lineNumber }
    softBreak = text.endsWith('=') && QP_PROPERTY.test(text)
  }
  const decoded = pipeline(input, utf16ToUtf8(), () => {})
  try {
    for await (const chunk of decoded as AsyncIterable<Buffer>) {
      carry += chunk.toString('latin1')
      let start = 0
      let end = carry.indexOf('\n', start)
      while (end !== -1) {
        yield* accept(carry.slice(start, end))
        start = end + 1
        end = carry.indexOf('\n', start)
      }
      carry = carry.slice(start)
    }
    if (carry !== '') yield* accept(carry)
    if (current !== null) yield current
  } finally {
    decoded.destroy()
  }
}
