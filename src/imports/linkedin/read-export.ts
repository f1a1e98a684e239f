import { pipeline, type Readable, Transform } from 'node:stream'
import { AppError, isAppError } from '../../errors.js'
import type { ImportedOwner, ImportedProfile, LinkedInRecord, SkippedRow } from '../types.js'
import { readConnections } from './connections.js'
import { readEndorsementsReceived } from './endorsements.js'
import {
  type ExportEntry,
  type LinkedInExportSource,
  type LinkedInFileKind,
  openLinkedInExport,
} from './export-source.js'
import { readInvitations } from './invitations.js'
import { readMessages } from './messages.js'
import { identifyOwner, OWNER_SAMPLE_ROWS } from './owner.js'
import { readPositions } from './positions.js'
import { readProfile } from './profile.js'
import { readRecommendations } from './recommendations.js'

/** The order in which readLinkedInExport reads the files (the owner comes right after the profile). */
export const LINKEDIN_READ_ORDER: readonly LinkedInFileKind[] = [
  'profile',
  'connections',
  'positions',
  'invitations',
  'messages',
  'recommendations-given',
  'recommendations-received',
  'endorsements-received',
]

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
  /** How many messages the owner is looked for in when Profile.csv is missing; see identifyOwner. */
  ownerSampleRows?: number
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
 * Reads a whole LinkedIn export (zip or folder) as one stream of tagged records, in this order:
 * the profile, then the owner (always exactly one `owner` record), then connections, positions,
 * invitations, messages, recommendations given and received, endorsements received; skipped
 * rows come in place, in line order within each file. Missing files yield nothing. Memory does
 * not grow with the export: each file is streamed, and only the owner lookup holds a tally of
 * senders over a bounded sample.
 */
export async function* readLinkedInExport(
  path: string,
  options: ReadLinkedInOptions = {},
): AsyncGenerator<LinkedInRecord> {
  const source = await openLinkedInExport(path)
  try {
    yield* readLinkedInSource(source, options)
  } finally {
    await source.close()
  }
}

/** readLinkedInExport over an export already opened with openLinkedInExport. */
export async function* readLinkedInSource(
  source: LinkedInExportSource,
  options: ReadLinkedInOptions = {},
): AsyncGenerator<LinkedInRecord> {
  let bytesRead = 0
  const { onProgress } = options
  async function open(entry: ExportEntry, progress: boolean): Promise<Readable> {
    const stream = await entry.open()
    if (!progress || onProgress === undefined) return stream
    return counting(stream, (bytes) => {
      bytesRead += bytes
      onProgress({ file: entry.name, bytesRead, totalBytes: source.totalBytes })
    })
  }

  let profile: ImportedProfile | null = null
  const profileEntry = source.entries.get('profile')
  if (profileEntry !== undefined) {
    try {
      for await (const record of readProfile(await open(profileEntry, true), profileEntry.name)) {
        if (record.kind === 'profile' && profile === null) profile = record
        yield record
      }
    } catch (cause) {
      throw unreadable(profileEntry, cause)
    }
  }

  const messagesEntry = source.entries.get('messages')
  let owner: ImportedOwner
  try {
    owner = await identifyOwner(
      profile,
      messagesEntry === undefined ? null : await open(messagesEntry, false),
      messagesEntry?.name ?? profileEntry?.name ?? '',
      options.ownerSampleRows ?? OWNER_SAMPLE_ROWS,
    )
  } catch (cause) {
    throw messagesEntry === undefined ? cause : unreadable(messagesEntry, cause)
  }
  yield owner

  for (const kind of LINKEDIN_READ_ORDER) {
    if (kind === 'profile') continue
    const entry = source.entries.get(kind)
    if (entry === undefined) continue
    const input = await open(entry, true)
    try {
      yield* readerFor(kind, input, entry.name, owner)
    } catch (cause) {
      throw unreadable(entry, cause)
    }
  }
}

/**
 * A corrupt zip entry or a disk error surfaces mid-file; the caller rolls back, and the member
 * is told which file could not be read.
 */
function unreadable(entry: ExportEntry, cause: unknown): AppError {
  if (isAppError(cause)) return cause
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new AppError('bad_request', `${entry.name} could not be read: ${reason}`, { cause })
}

function readerFor(
  kind: Exclude<LinkedInFileKind, 'profile'>,
  input: Readable,
  file: string,
  owner: ImportedOwner,
): AsyncGenerator<Exclude<LinkedInRecord, SkippedRow> | SkippedRow> {
  switch (kind) {
    case 'connections':
      return readConnections(input, file)
    case 'positions':
      return readPositions(input, file)
    case 'invitations':
      return readInvitations(input, file)
    case 'messages':
      return readMessages(input, file, owner)
    case 'recommendations-given':
      return readRecommendations(input, file, 'given')
    case 'recommendations-received':
      return readRecommendations(input, file, 'received')
    case 'endorsements-received':
      return readEndorsementsReceived(input, file)
  }
}
