import { AppError } from '../errors.js'

/**
 * How much one import may read. Each cap is checked on the bytes as they are read (inflated, for a
 * zip), never on the sizes a zip declares, which are only used to refuse early. The figures and
 * their reasons are in docs/imports.md.
 */
export interface ImportLimits {
  /** Entries in a zip (files and folders, read or not), or files in a folder. */
  entries: number
  /** Bytes of one file once inflated. */
  fileBytes: number
  /** Bytes of all the files read from one export, once inflated. */
  totalBytes: number
  /** Bytes of one CSV record, or of one vCard line or card. */
  recordBytes: number
  /** Lines of one file that could not be read as CSV; past this it is not a CSV file. */
  unreadableLines: number
}

const MiB = 1024 * 1024

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  entries: 10_000,
  fileBytes: 512 * MiB,
  totalBytes: 1024 * MiB,
  recordBytes: MiB,
  unreadableLines: 1_000,
}

/** `512 MiB`, `1 GiB`, `1,000`: the figures as the errors and docs write them. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * MiB && bytes % (1024 * MiB) === 0) return `${bytes / (1024 * MiB)} GiB`
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes.toLocaleString('en')} bytes`
}

/**
 * A cap was passed: 413, naming the file (also as the problem's `errors[0].path`) and the cap,
 * e.g. `messages.csv: the record at line 12 is too long (the limit is 1 MiB per record)`.
 */
export function overLimit(file: string, what: string, limit: string): AppError {
  return new AppError('too_large', `${file}: ${what} (the limit is ${limit})`, {
    errors: [{ path: file, message: `${what} (the limit is ${limit})` }],
  })
}
