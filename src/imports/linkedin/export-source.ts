import { createReadStream } from 'node:fs'
import { open, opendir, stat } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { AppError } from '../../errors.js'
import { describeBytes, IMPORT_LIMITS, type ImportLimits, overLimit } from '../limits.js'

export type LinkedInFileKind =
  | 'profile'
  | 'positions'
  | 'connections'
  | 'invitations'
  | 'messages'
  | 'recommendations-given'
  | 'recommendations-received'
  | 'endorsements-received'

/** The files an export is read from, by lower-cased base name (2018 writes `Messages.csv`). */
export const LINKEDIN_FILE_NAMES: Readonly<Record<string, LinkedInFileKind>> = {
  'profile.csv': 'profile',
  'positions.csv': 'positions',
  'connections.csv': 'connections',
  'invitations.csv': 'invitations',
  'messages.csv': 'messages',
  'recommendations_given.csv': 'recommendations-given',
  'recommendations_received.csv': 'recommendations-received',
  'endorsement_received_info.csv': 'endorsements-received',
}

/** The names of the files an export is read from, as LinkedIn writes them, in reading order. */
const LINKEDIN_FILES_EXPECTED =
  'Profile.csv, Connections.csv, Positions.csv, Invitations.csv, messages.csv, Recommendations_Given.csv, Recommendations_Received.csv, Endorsement_Received_Info.csv'

export interface ExportEntry {
  kind: LinkedInFileKind
  /** Path inside the zip or folder, with `/` separators: the `file` of every record. */
  name: string
  /** Uncompressed size in bytes as the zip declares it (or the folder lists it), for progress. */
  bytes: number
  /** A fresh stream over the file each time it is called (inflating it, in a zip). */
  open(): Promise<Readable>
}

export interface LinkedInExportSource extends AsyncDisposable {
  /** The zip's or folder's own name, for errors about the whole export. */
  name: string
  entries: ReadonlyMap<LinkedInFileKind, ExportEntry>
  totalBytes: number
  limits: ImportLimits
  close(): Promise<void>
}

function depthOf(name: string): number {
  return name.split('/').length
}

/** Keeps the shallowest file of each kind: exports may nest everything one folder down. */
function keep(found: Map<LinkedInFileKind, ExportEntry>, entry: ExportEntry): void {
  const current = found.get(entry.kind)
  if (current === undefined || depthOf(entry.name) < depthOf(current.name)) {
    found.set(entry.kind, entry)
  }
}

function kindOf(name: string): LinkedInFileKind | undefined {
  return LINKEDIN_FILE_NAMES[basename(name).toLowerCase()]
}

function tooManyEntries(name: string, limits: ImportLimits): AppError {
  const most = limits.entries.toLocaleString('en')
  return overLimit(name, `holds more than ${most} entries`, `${most} entries per export`)
}

/**
 * The sizes a zip declares are not trusted (the caps are checked again on the bytes as they are
 * inflated), but a declared size past a cap is refused at once, before anything is inflated.
 */
function checkDeclaredSizes(
  name: string,
  entries: Map<LinkedInFileKind, ExportEntry>,
  limits: ImportLimits,
): number {
  let total = 0
  for (const entry of entries.values()) {
    if (entry.bytes > limits.fileBytes) {
      const most = describeBytes(limits.fileBytes)
      throw overLimit(entry.name, `holds more than ${most} once inflated`, `${most} per file`)
    }
    total += entry.bytes
  }
  if (total > limits.totalBytes) {
    const most = describeBytes(limits.totalBytes)
    throw overLimit(name, `its files hold more than ${most} in all`, `${most} per import`)
  }
  return total
}

function makeSource(
  name: string,
  entries: Map<LinkedInFileKind, ExportEntry>,
  limits: ImportLimits,
  close: () => Promise<void>,
) {
  if (entries.size === 0) {
    throw new AppError(
      'bad_request',
      `${name} holds no LinkedIn export: expected at least one of ${LINKEDIN_FILES_EXPECTED}`,
      { errors: [{ path: name, message: `expected one of ${LINKEDIN_FILES_EXPECTED}` }] },
    )
  }
  const totalBytes = checkDeclaredSizes(name, entries, limits)
  const source: LinkedInExportSource = {
    name,
    entries,
    totalBytes,
    limits,
    close,
    [Symbol.asyncDispose]: close,
  }
  return source
}

async function openFolder(root: string, limits: ImportLimits): Promise<LinkedInExportSource> {
  const found = new Map<LinkedInFileKind, ExportEntry>()
  let count = 0
  for await (const dirent of await opendir(root, { recursive: true })) {
    if (++count > limits.entries) throw tooManyEntries(basename(root), limits)
    const kind = kindOf(dirent.name)
    if (kind === undefined || !dirent.isFile()) continue
    const path = join(dirent.parentPath, dirent.name)
    const info = await stat(path)
    keep(found, {
      kind,
      name: relative(root, path).split('\\').join('/'),
      bytes: info.size,
      open: async () => createReadStream(path, { highWaterMark: 256 * 1024 }),
    })
  }
  return makeSource(basename(root), found, limits, async () => {})
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0)
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50
  } finally {
    await handle.close()
  }
}

async function openZip(path: string, limits: ImportLimits): Promise<LinkedInExportSource> {
  const name = basename(path)
  let zip: yauzl.ZipFile
  try {
    // @NOTE Sizes are checked by counting the inflated bytes against the caps (ByteBudget), not
    // against what the zip declares, which a crafted zip can understate.
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: false,
    })
  } catch (cause) {
    throw new AppError('bad_request', `${name} is not a readable zip file`, { cause })
  }
  const close = async () => {
    zip.close()
  }
  try {
    const found = new Map<LinkedInFileKind, ExportEntry>()
    let count = 0
    for await (const entry of zip.eachEntry()) {
      if (++count > limits.entries) throw tooManyEntries(name, limits)
      if (entry.fileName.endsWith('/')) continue
      const kind = kindOf(entry.fileName)
      if (kind === undefined) continue
      keep(found, {
        kind,
        name: entry.fileName,
        bytes: entry.uncompressedSize,
        open: () => zip.openReadStreamPromise(entry),
      })
    }
    return makeSource(name, found, limits, close)
  } catch (error) {
    await close()
    if (error instanceof AppError) throw error
    throw new AppError('bad_request', `${name} is not a readable zip file`, { cause: error })
  }
}

/**
 * Opens a LinkedIn export, the zip as downloaded or the folder it unpacks to. Only the central
 * directory of a zip is read here; each file is inflated as a stream when opened. Missing files
 * are simply absent from `entries`, but an export with none of them is refused (400), as is one
 * with more entries than `limits.entries` or a file declared larger than a cap (413).
 */
export async function openLinkedInExport(
  path: string,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<LinkedInExportSource> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (cause) {
    throw new AppError('not_found', `no file or folder at ${basename(path)}`, { cause })
  }
  if (info.isDirectory()) return openFolder(path, limits)
  if (await isZip(path)) return openZip(path, limits)
  throw new AppError('bad_request', `${basename(path)} is neither a folder nor a zip file`)
}

/**
 * A corrupt zip entry or a disk error surfaces mid-file; the import stops, and the member is
 * told which file could not be read. A cap passed is already an AppError naming its file.
 */
export function unreadableEntry(entry: ExportEntry, cause: unknown): AppError {
  if (cause instanceof AppError) return cause
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new AppError('bad_request', `${entry.name} could not be read: ${reason}`, {
    cause,
    errors: [{ path: entry.name, message: reason }],
  })
}
