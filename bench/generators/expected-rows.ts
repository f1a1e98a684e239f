/** What importing a generated file into an empty account must report for it. */
export interface ExpectedFile {
  file: string
  encoding: 'utf-8' | 'utf-16le' | 'windows-1252'
  rows: number
  imported: number
  merged: number
  /** Skipped rows by reason. */
  skipped: Record<string, number>
}

/**
 * The generator's own account of every row it writes, kept as it writes them: the figures an
 * import of the export must reconcile to exactly, file by file.
 */
export class ExpectedRows {
  private readonly files = new Map<string, ExpectedFile>()
  private readonly keys = new Set<string>()

  file(name: string, encoding: ExpectedFile['encoding'] = 'utf-8'): void {
    this.files.set(name, { file: name, encoding, rows: 0, imported: 0, merged: 0, skipped: {} })
  }

  private of(name: string): ExpectedFile {
    const file = this.files.get(name)
    if (file === undefined) throw new Error(`no expected file ${name}`)
    file.rows++
    return file
  }

  imported(name: string): void {
    this.of(name).imported++
  }

  /** A row that repeats one written before it: it adds nothing. */
  merged(name: string): void {
    this.of(name).merged++
  }

  skipped(name: string, reason: string): void {
    const file = this.of(name)
    file.skipped[reason] = (file.skipped[reason] ?? 0) + 1
  }

  /** A row the import keys by `key`: new the first time, merged into the first after that. */
  keyed(name: string, key: string): void {
    const file = this.of(name)
    const scoped = `${name}\u0000${key}`
    if (this.keys.has(scoped)) file.merged++
    else {
      this.keys.add(scoped)
      file.imported++
    }
  }

  list(): ExpectedFile[] {
    return [...this.files.values()]
  }
}
