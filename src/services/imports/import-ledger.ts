import type { ImportFile } from '../../db/schema/imports.js'
import type { FileRead } from '../../imports/types.js'

interface Tally {
  imported: number
  merged: number
  skipped: number
}

/**
 * Accounts for the rows of one import, file by file: each row the readers yield is imported (it
 * added a row), merged (it matched a contact or record already held, or one met earlier in the
 * same import) or skipped, exactly once. A row's outcome may be known only when its batch is
 * written, so the report is made at the end, from what each file said it held.
 */
export class ImportLedger {
  private readonly tallies = new Map<string, Tally>()
  private readonly reads: FileRead[] = []

  private tally(file: string): Tally {
    let tally = this.tallies.get(file)
    if (tally === undefined) {
      tally = { imported: 0, merged: 0, skipped: 0 }
      this.tallies.set(file, tally)
    }
    return tally
  }

  imported(file: string, rows = 1): void {
    this.tally(file).imported += rows
  }

  merged(file: string, rows = 1): void {
    this.tally(file).merged += rows
  }

  skipped(file: string): void {
    this.tally(file).skipped++
  }

  /** A file has been read through: `read.rows` is how many rows it held. */
  read(read: FileRead): void {
    this.reads.push(read)
  }

  /** Rows that matched what was already there, over all files. */
  get merges(): number {
    let merged = 0
    for (const tally of this.tallies.values()) merged += tally.merged
    return merged
  }

  report(): ImportFile[] {
    return this.reads.map(({ file, encoding, rows }) => ({
      file,
      encoding,
      rows,
      ...(this.tallies.get(file) ?? { imported: 0, merged: 0, skipped: 0 }),
    }))
  }
}
