import { createReadStream } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { AppError } from '../../errors.js'

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

export interface ExportEntry {
  kind: LinkedInFileKind
  /** Path inside the zip or folder, with `/` separators: the `file` of every record. */
  name: string
  /** Uncompressed size in bytes, for progress. */
  bytes: number
  /** A fresh stream over the file each time it is called. */
  open(): Promise<Readable>
}

export interface LinkedInExportSource extends AsyncDisposable {
  entries: ReadonlyMap<LinkedInFileKind, ExportEntry>
  totalBytes: number
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

function makeSource(entries: Map<LinkedInFileKind, ExportEntry>, close: () => Promise<void>) {
  let totalBytes = 0
  for (const entry of entries.values()) totalBytes += entry.bytes
  const source: LinkedInExportSource = {
    entries,
    totalBytes,
    close,
    [Symbol.asyncDispose]: close,
  }
  return source
}

async function openFolder(root: string): Promise<LinkedInExportSource> {
  const found = new Map<LinkedInFileKind, ExportEntry>()
  const names = await readdir(root, { recursive: true })
  for (const name of names) {
    const kind = kindOf(name)
    if (kind === undefined) continue
    const path = join(root, name)
    const info = await stat(path)
    if (!info.isFile()) continue
    keep(found, {
      kind,
      name: relative(root, path).split('\\').join('/'),
      bytes: info.size,
      open: async () => createReadStream(path, { highWaterMark: 256 * 1024 }),
    })
  }
  return makeSource(found, async () => {})
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

async function openZip(path: string): Promise<LinkedInExportSource> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false })
  } catch (cause) {
    throw new AppError('bad_request', `${basename(path)} is not a readable zip file`, { cause })
  }
  const found = new Map<LinkedInFileKind, ExportEntry>()
  for await (const entry of zip.eachEntry()) {
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
  return makeSource(found, async () => {
    zip.close()
  })
}

/**
 * Opens a LinkedIn export, the zip as downloaded or the folder it unpacks to. Only the central
 * directory of a zip is read here; each file is inflated as a stream when opened. Missing files
 * are simply absent from `entries`.
 */
export async function openLinkedInExport(path: string): Promise<LinkedInExportSource> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (cause) {
    throw new AppError('not_found', `no file or folder at ${basename(path)}`, { cause })
  }
  if (info.isDirectory()) return openFolder(path)
  if (await isZip(path)) return openZip(path)
  throw new AppError('bad_request', `${basename(path)} is neither a folder nor a zip file`)
}
