import { AppError } from '../errors.js'
import type { CsrGraph } from './csr.js'
import { type BuildReport, CsrBuilder } from './csr-builder.js'
import { NodeIdMap } from './node-index.js'

export type HeaderMode = 'auto' | 'yes' | 'no'

/** One data line of an edge file. */
export interface EdgeLine {
  u: string
  v: string
  weight: number | null
  time: number | null
}

/** A loaded edge file: the index, the id map and what was merged or skipped on the way. */
export interface EdgeList {
  csr: CsrGraph
  ids: NodeIdMap
  report: BuildReport & {
    /** Data lines read (after any header). */
    lines: number
    /** The header line that was skipped, if any. */
    header: string | null
    weighted: boolean
    /** Strengths were divided by this so that every strength lies in (0, 1]. */
    weightScale: number
  }
}

const SEPARATOR = /[\s,]+/
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/
const HEADER_WORDS = new Set(['source', 'target', 'from', 'to', 'src', 'dst', 'weight', 'node'])
/** A third column at or above this is a unix time (1973 onward), not a strength. */
const UNIX_TIME_FLOOR = 1e8
const LOOKAHEAD = 3

function tokens(line: string): string[] | null {
  const trimmed = line.trim()
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('%')) return null
  return trimmed.split(SEPARATOR).filter((t) => t !== '')
}

function shape(parts: readonly string[]): string {
  return parts.map((t) => (NUMBER.test(t) ? 'n' : 's')).join('')
}

function malformed(lineNumber: number, message: string): AppError {
  return new AppError('validation', `line ${lineNumber}: ${message}`, {
    errors: [{ path: `line ${lineNumber}`, message }],
  })
}

/**
 * A streaming parser for SNAP-style edge files: one `u v [weight] [unix-time]` per line,
 * separated by whitespace or commas, `#`/`%` comment lines and blank lines skipped, ids any token.
 *
 * Header detection (`header: 'auto'`): the first data line is a header when its shape (column count
 * and which columns are numbers) differs from the next line's while the following lines agree, or
 * when it names columns (`source target`). A 3-column file whose first third value is ≥ 1e8 is read
 * as `u v unix-time`. Malformed lines throw `AppError('validation')` naming the line.
 *
 * @example
 * const lines: EdgeLine[] = []
 * const p = new EdgeLineParser('auto', (e) => lines.push(e))
 * for (const l of ['nd nw', '0 1', '1 2']) p.push(l)
 * p.end() // header 'nd nw' skipped; lines has 2 entries
 */
export class EdgeLineParser {
  private lineNumber = 0
  private dataLines = 0
  private pending: { parts: string[]; lineNumber: number; raw: string }[] = []
  private decided: boolean
  private thirdIsTime: boolean | null = null
  header: string | null = null
  weighted = false

  constructor(
    private readonly headerMode: HeaderMode,
    private readonly onEdge: (edge: EdgeLine, lineNumber: number) => void,
  ) {
    this.decided = headerMode === 'no'
  }

  /** Feeds one physical line (without its newline; a trailing `\r` is tolerated). */
  push(line: string): void {
    this.lineNumber++
    const parts = tokens(line)
    if (parts === null) return
    if (this.decided) {
      this.emit(parts, this.lineNumber)
      return
    }
    if (this.headerMode === 'yes') {
      this.header = line.trim()
      this.decided = true
      return
    }
    this.pending.push({ parts, lineNumber: this.lineNumber, raw: line.trim() })
    if (this.pending.length >= LOOKAHEAD) this.decide()
  }

  /** Flushes look-ahead lines; returns the number of data lines read. */
  end(): number {
    if (!this.decided) this.decide()
    return this.dataLines
  }

  private decide(): void {
    const [first, second, third] = this.pending
    let isHeader = false
    if (first !== undefined) {
      const named = first.parts.some((t) => HEADER_WORDS.has(t.toLowerCase()))
      const differs =
        second !== undefined &&
        shape(first.parts) !== shape(second.parts) &&
        (third === undefined || shape(second.parts) === shape(third.parts))
      isHeader = named || differs
    }
    this.decided = true
    const rest = isHeader ? this.pending.slice(1) : this.pending
    if (isHeader && first !== undefined) this.header = first.raw
    this.pending = []
    for (const p of rest) this.emit(p.parts, p.lineNumber)
  }

  private emit(parts: string[], lineNumber: number): void {
    if (parts.length < 2) throw malformed(lineNumber, 'expected two ids and an optional strength')
    if (parts.length > 4) {
      throw malformed(
        lineNumber,
        `expected at most 4 columns (u v weight time), found ${parts.length}`,
      )
    }
    const [u, v, third, fourth] = parts as [string, string, string?, string?]
    let weight: number | null = null
    let time: number | null = null
    if (third !== undefined) {
      const value = Number(third)
      if (!NUMBER.test(third) || !Number.isFinite(value)) {
        throw malformed(lineNumber, `the third column "${third}" is not a number`)
      }
      if (fourth === undefined && this.thirdIsTime === null) {
        this.thirdIsTime = Number.isInteger(value) && value >= UNIX_TIME_FLOOR
      }
      if (fourth === undefined && this.thirdIsTime === true) time = value
      else {
        if (!(value > 0)) throw malformed(lineNumber, `the strength "${third}" must be above 0`)
        weight = value
        this.weighted = true
      }
    }
    if (fourth !== undefined) {
      const value = Number(fourth)
      if (!NUMBER.test(fourth) || !Number.isFinite(value)) {
        throw malformed(lineNumber, `the time column "${fourth}" is not a number`)
      }
      time = value
    }
    this.dataLines++
    this.onEdge({ u, v, weight, time }, lineNumber)
  }
}

/**
 * Accumulates parsed lines into an id map and a CSR. Strengths above 1 are scaled into (0, 1] by
 * the largest one, so a path's strength (the product of its ties) never grows with length;
 * unweighted ties have strength 1.
 *
 * @example
 * const acc = new EdgeListAccumulator('auto')
 * for (const line of text.split('\n')) acc.push(line)
 * const { csr, ids, report } = acc.finish()
 */
export class EdgeListAccumulator {
  readonly ids = new NodeIdMap()
  private readonly builder = new CsrBuilder()
  private readonly parser: EdgeLineParser
  private maxRaw = 0

  constructor(header: HeaderMode) {
    this.parser = new EdgeLineParser(header, (e) => {
      const w = e.weight ?? 1
      if (w > this.maxRaw) this.maxRaw = w
      this.builder.add(this.ids.intern(e.u), this.ids.intern(e.v), w)
    })
  }

  push(line: string): void {
    this.parser.push(line)
  }

  finish(): EdgeList {
    const lines = this.parser.end()
    const { csr, report } = this.builder.build(this.ids.size)
    const scale = Math.max(this.maxRaw, 1)
    let scaled = csr
    if (scale !== 1) {
      const weights = csr.weights.map((w) => w / scale)
      scaled = { ...csr, weights, maxWeight: csr.maxWeight / scale }
    }
    return {
      csr: scaled,
      ids: this.ids,
      report: {
        ...report,
        lines,
        header: this.parser.header,
        weighted: this.parser.weighted,
        weightScale: scale,
      },
    }
  }
}

/**
 * Parses a whole edge file held in memory (tests and small inputs; the CLI streams lines).
 *
 * @example
 * parseEdgeList('a b\nb c 0.5\n').csr.nodeCount // 3
 */
export function parseEdgeList(text: string, header: HeaderMode = 'auto'): EdgeList {
  const acc = new EdgeListAccumulator(header)
  for (const line of text.split('\n')) acc.push(line)
  return acc.finish()
}
