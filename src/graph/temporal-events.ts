import { AppError } from '../errors.js'

/** One interaction of a temporal network: `from` wrote to `to` at `time` (Unix seconds). */
export interface TemporalEvent {
  from: string
  to: string
  time: number
}

const SEPARATOR = /[\s,]+/
const WHOLE = /^\d+$/

function malformed(lineNumber: number, message: string): AppError {
  return new AppError('validation', `line ${lineNumber}: ${message}`, {
    errors: [{ path: `line ${lineNumber}`, message }],
  })
}

/**
 * A streaming parser for SNAP temporal files: one `u v t` per line (`t` in Unix seconds),
 * whitespace- or comma-separated, `#`/`%` comment lines and blank lines skipped, a first line
 * that is not an interaction taken as a header. After it, a line of any other shape is an error naming the line, so a truncated or mistyped file never yields a
 * silently smaller network. Self-interactions are counted and dropped (nobody writes to
 * themselves in the model).
 */
export class TemporalEventAccumulator {
  readonly events: TemporalEvent[] = []
  selfLoops = 0
  /** The first data line when it is not an interaction (a header such as `nd nw`), else null. */
  header: string | null = null
  private line = 0
  private seenData = false

  push(raw: string): void {
    this.line++
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('%')) return
    const parts = trimmed.split(SEPARATOR)
    const first = !this.seenData
    this.seenData = true
    if (first && (parts.length !== 3 || !WHOLE.test(parts[2]!))) {
      this.header = trimmed
      return
    }
    if (parts.length !== 3) {
      throw malformed(this.line, `expected "u v t", found ${parts.length} column(s)`)
    }
    const [from, to, t] = parts as [string, string, string]
    if (!WHOLE.test(t)) {
      throw malformed(this.line, `the time "${t}" is not a whole number of Unix seconds`)
    }
    const time = Number(t)
    if (!Number.isSafeInteger(time)) throw malformed(this.line, `the time "${t}" is out of range`)
    if (from === to) {
      this.selfLoops++
      return
    }
    this.events.push({ from, to, time })
  }

  /** Data lines read so far, comments and blanks included. */
  get lines(): number {
    return this.line
  }
}

/** Parses a whole temporal file held in memory; see {@link TemporalEventAccumulator}. */
export function parseTemporalEvents(text: string): TemporalEvent[] {
  const acc = new TemporalEventAccumulator()
  for (const line of text.split(/\r?\n/)) acc.push(line)
  return acc.events
}
