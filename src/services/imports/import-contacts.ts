import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { pipeline, type Readable, Transform } from 'node:stream'
import { AppError } from '../../errors.js'
import { ByteBudget } from '../../imports/common/byte-budget.js'
import type { TextEncoding } from '../../imports/common/text-input.js'
import { readContactsCsv } from '../../imports/contacts-csv/index.js'
import { IMPORT_LIMITS, type ImportLimits } from '../../imports/limits.js'
import type { ImportProgress } from '../../imports/linkedin/index.js'
import { readVCards } from '../../imports/vcard/index.js'
import type { ServiceContext } from '../context.js'
import { type ImportResult, type ImportRunOptions, runImport } from './import-linkedin.js'

export type ContactFileKind = 'vcard' | 'contacts-csv'

/**
 * An address book read through once, with no database involved; see checkContactsFile. It holds
 * nothing open, but disposes like a checked LinkedIn export.
 */
export interface CheckedContactsFile extends AsyncDisposable {
  path: string
  /** Its base name: the `file` of every record. */
  file: string
  kind: ContactFileKind
  bytes: number
  encoding: TextEncoding
  limits: ImportLimits
}

function readerFor(
  kind: ContactFileKind,
  input: Readable,
  file: string,
  options: { encoding?: TextEncoding; limits: ImportLimits },
) {
  return kind === 'vcard' ? readVCards(input, file, options) : readContactsCsv(input, file, options)
}

/**
 * Reads a vCard file or a contacts CSV through once before anything is stored, so that a file
 * over a cap is refused (413) while no transaction is open, and its encoding is known.
 */
export async function checkContactsFile(
  path: string,
  kind: ContactFileKind,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<CheckedContactsFile> {
  const bytes = await stat(path).then(
    (s) => s.size,
    () => {
      throw new AppError('not_found', `No such file: ${basename(path)}`)
    },
  )
  const file = basename(path)
  const input = new ByteBudget(limits).meter(createReadStream(path), file)
  const records = readerFor(kind, input, file, { limits })
  for (;;) {
    const next = await records.next()
    if (next.done) {
      const { encoding } = next.value
      return { path, file, kind, bytes, encoding, limits, [Symbol.asyncDispose]: async () => {} }
    }
  }
}

/**
 * Imports an address book for the owner: a vCard file (2.1, 3.0, 4.0) or a Google or Outlook
 * contacts CSV. Each person becomes a contact, linked to the member with the same e-mail; a
 * second import of the same file adds nothing. Checks the file first (checkContactsFile).
 */
export async function importContactsFile(
  ctx: ServiceContext,
  ownerId: string,
  path: string,
  kind: ContactFileKind,
  options: ImportRunOptions = {},
): Promise<ImportResult> {
  return await importCheckedContactsFile(ctx, ownerId, await checkContactsFile(path, kind), options)
}

/** Imports an address book already checked; every card or row is accounted for in `files`. */
export async function importCheckedContactsFile(
  ctx: ServiceContext,
  ownerId: string,
  checked: CheckedContactsFile,
  options: ImportRunOptions = {},
): Promise<ImportResult> {
  const { file, kind, encoding, limits } = checked
  return await runImport(ctx, ownerId, kind, options, async (batch) => {
    const metered = new ByteBudget(limits).meter(createReadStream(checked.path), file)
    const input = withProgress(metered, file, checked.bytes, options.onProgress)
    let rows = 0
    for await (const record of readerFor(kind, input, file, { encoding, limits })) {
      options.signal?.throwIfAborted()
      rows++
      if (record.kind === 'skipped') batch.skip(record)
      else batch.addContact(record, 'contacts')
    }
    batch.ledger.read({ kind: 'file', file, encoding, rows })
  })
}

function withProgress(
  input: Readable,
  file: string,
  totalBytes: number,
  onProgress: ((p: ImportProgress) => void) | undefined,
): Readable {
  if (onProgress === undefined) return input
  let bytesRead = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length
      onProgress({ file, bytesRead, totalBytes })
      done(null, chunk)
    },
  })
  return pipeline(input, counter, () => {})
}
