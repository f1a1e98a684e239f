import { pipeline, type Readable, Transform } from 'node:stream'
import { describeBytes, type ImportLimits, overLimit } from '../limits.js'

/**
 * Counts the bytes of the files one pass over an import reads, as they stream (inflated, for a
 * zip), and stops the stream with a 413 once one file or all of them pass their cap. A file
 * read twice in one pass counts once, by the most read of it.
 */
export class ByteBudget {
  private total = 0
  private readonly seen = new Map<string, number>()

  constructor(private readonly limits: Pick<ImportLimits, 'fileBytes' | 'totalBytes'>) {}

  /** `input`, failing as soon as `file` or the whole pass holds too many bytes. */
  meter(input: Readable, file: string): Readable {
    let counted = 0
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        counted += chunk.length
        const before = this.seen.get(file) ?? 0
        if (counted > before) {
          this.total += counted - before
          this.seen.set(file, counted)
        }
        done(this.overage(file, counted), chunk)
      },
    })
    return pipeline(input, counter, () => {})
  }

  private overage(file: string, counted: number): Error | null {
    const { fileBytes, totalBytes } = this.limits
    if (counted > fileBytes) {
      return overLimit(
        file,
        `holds more than ${describeBytes(fileBytes)} once inflated`,
        `${describeBytes(fileBytes)} per file`,
      )
    }
    if (this.total > totalBytes) {
      return overLimit(
        file,
        `the files read hold more than ${describeBytes(totalBytes)} in all`,
        `${describeBytes(totalBytes)} per import`,
      )
    }
    return null
  }
}
