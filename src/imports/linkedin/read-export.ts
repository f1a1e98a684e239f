import { pipeline, type Readable, Transform } from 'node:stream'
import { ByteBudget } from '../common/byte-budget.js'
import type { CsvTableOptions } from '../common/csv-table.js'
import type { ImportLimits } from '../limits.js'
import type { LinkedInRecord } from '../types.js'
import { readConnections } from './connections.js'
import { readEndorsementsReceived } from './endorsements.js'
import {
  type ExportEntry,
  type LinkedInExportSource,
  type LinkedInFileKind,
  openLinkedInExport,
  unreadableEntry,
} from './export-source.js'
import { readInvitations } from './invitations.js'
import { readMessages } from './messages.js'
import { readPositions } from './positions.js'
import { readProfile } from './profile.js'
import { readRecommendations } from './recommendations.js'
import { LINKEDIN_READ_ORDER, type LinkedInScan, scanLinkedInSource } from './scan-export.js'

export interface ImportProgress {
  /** The file being read. */
  file: string
  /** Bytes read so far over the whole export (uncompressed). */
  bytesRead: number
  totalBytes: number
}

export interface ReadLinkedInOptions {
  /** Called after each chunk (about every 64-256 KiB) with the bytes read so far. */
  onProgress?: (progress: ImportProgress) => void
  /** The caps; IMPORT_LIMITS unless a test says otherwise. */
  limits?: ImportLimits
}

export interface LinkedInExportSummary {
  files: { kind: LinkedInFileKind; name: string; bytes: number }[]
  missing: LinkedInFileKind[]
  totalBytes: number
}

/** What an export holds, from the folder listing or the zip's central directory: for a progress bar. */
export async function describeLinkedInExport(path: string): Promise<LinkedInExportSummary> {
  const source = await openLinkedInExport(path)
  try {
    const files = LINKEDIN_READ_ORDER.flatMap((kind) => {
      const entry = source.entries.get(kind)
      return entry === undefined ? [] : [{ kind, name: entry.name, bytes: entry.bytes }]
    })
    const missing = LINKEDIN_READ_ORDER.filter((kind) => !source.entries.has(kind))
    return { files, missing, totalBytes: source.totalBytes }
  } finally {
    await source.close()
  }
}

function counting(input: Readable, onChunk: (bytes: number) => void): Readable {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onChunk(chunk.length)
      done(null, chunk)
    },
  })
  return pipeline(input, counter, () => {})
}

/**
 * Reads a whole LinkedIn export (zip or folder): scans it (scanLinkedInSource), then reads it
 * as one stream of tagged records. See readLinkedInSource for the order.
 */
export async function* readLinkedInExport(
  path: string,
  options: ReadLinkedInOptions = {},
): AsyncGenerator<LinkedInRecord> {
  const source = await openLinkedInExport(path, options.limits)
  try {
    const scan = await scanLinkedInSource(source)
    yield* readLinkedInSource(source, scan, options)
  } finally {
    await source.close()
  }
}

/**
 * Reads an export already opened and scanned, as one stream of tagged records, in this order:
 * the profile, then the owner (always exactly one `owner` record), then connections, positions,
 * invitations, messages, recommendations given and received, endorsements received. Skipped rows
 * come in place, in line order within each file, and each file ends with a `file` record that
 * says its encoding and how many rows it held. Missing files yield nothing. Memory does not
 * grow with the export: each file is streamed; only the scan's conversations are held.
 */
export async function* readLinkedInSource(
  source: LinkedInExportSource,
  scan: LinkedInScan,
  options: ReadLinkedInOptions = {},
): AsyncGenerator<LinkedInRecord> {
  const budget = new ByteBudget(source.limits)
  let bytesRead = 0
  const { onProgress } = options
  async function open(entry: ExportEntry): Promise<Readable> {
    const stream = budget.meter(await entry.open(), entry.name)
    if (onProgress === undefined) return stream
    return counting(stream, (bytes) => {
      bytesRead += bytes
      onProgress({ file: entry.name, bytesRead, totalBytes: source.totalBytes })
    })
  }
  const hasProfile = scan.files.some((f) => f.kind === 'profile')
  if (!hasProfile) yield scan.owner
  for (const file of scan.files) {
    const entry = source.entries.get(file.kind)
    if (entry === undefined) continue
    const read = { encoding: file.encoding, limits: source.limits }
    let rows = 0
    try {
      for await (const record of readerFor(entry, await open(entry), read, scan)) {
        rows++
        yield record
      }
    } catch (cause) {
      throw unreadableEntry(entry, cause)
    }
    yield { kind: 'file', file: entry.name, encoding: file.encoding, rows }
    if (file.kind === 'profile') yield scan.owner
  }
}

function readerFor(
  entry: ExportEntry,
  input: Readable,
  options: CsvTableOptions,
  scan: LinkedInScan,
): AsyncGenerator<Exclude<LinkedInRecord, { kind: 'owner' | 'file' }>> {
  const file = entry.name
  switch (entry.kind) {
    case 'profile':
      return readProfile(input, file, options)
    case 'connections':
      return readConnections(input, file, options)
    case 'positions':
      return readPositions(input, file, options)
    case 'invitations':
      return readInvitations(input, file, options)
    case 'messages':
      return readMessages(input, file, scan.owner, {
        ...options,
        conversations: scan.conversations,
      })
    case 'recommendations-given':
      return readRecommendations(input, file, 'given', options)
    case 'recommendations-received':
      return readRecommendations(input, file, 'received', options)
    case 'endorsements-received':
      return readEndorsementsReceived(input, file, options)
  }
}
