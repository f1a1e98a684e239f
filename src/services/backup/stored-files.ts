import { createHash } from 'node:crypto'
import type { Dirent } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { ServiceContext } from '../context.js'

/**
 * The folders under the data directory where the instance keeps files of its own (referral
 * résumés). Uploaded imports are deleted once imported, so they are not among them.
 */
export const STORED_FOLDERS = ['resumes'] as const

export interface StoredFile {
  /** Relative to the data directory, with forward slashes. */
  path: string
  absolute: string
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Every stored file, in a stable order; a folder that does not exist holds none. */
export async function listStoredFiles(ctx: ServiceContext): Promise<StoredFile[]> {
  const out: StoredFile[] = []
  for (const folder of STORED_FOLDERS) {
    const root = join(ctx.config.dataDir, folder)
    let entries: Dirent[]
    try {
      entries = await readdir(root, { recursive: true, withFileTypes: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const absolute = join(entry.parentPath, entry.name)
      const path = relative(ctx.config.dataDir, absolute).split(sep).join('/')
      out.push({ path, absolute })
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path))
}

export async function readStoredFile(file: StoredFile): Promise<Buffer> {
  return await readFile(file.absolute)
}
