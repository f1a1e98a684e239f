import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { pipeline, type Readable, Transform } from 'node:stream'
import { AppError } from '../../errors.js'
import { readContactsCsv } from '../../imports/contacts-csv/index.js'
import type { ImportProgress } from '../../imports/linkedin/index.js'
import { readVCards } from '../../imports/vcard/index.js'
import type { ServiceContext } from '../context.js'
import { type ImportResult, type ImportRunOptions, runImport } from './import-linkedin.js'

export type ContactFileKind = 'vcard' | 'contacts-csv'

/**
 * Imports an address book for the owner: a vCard file (2.1, 3.0, 4.0) or a Google or Outlook
 * contacts CSV. Each person becomes a contact, linked to the member with the same e-mail; a
 * second import of the same file adds nothing.
 */
export async function importContactsFile(
  ctx: ServiceContext,
  ownerId: string,
  path: string,
  kind: ContactFileKind,
  options: ImportRunOptions = {},
): Promise<ImportResult> {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new AppError('not_found', `No such file: ${path}`)
    },
  )
  const file = basename(path)
  return await runImport(ctx, ownerId, kind, options, async (batch) => {
    const input = withProgress(createReadStream(path), file, size, options.onProgress)
    const records = kind === 'vcard' ? readVCards(input, file) : readContactsCsv(input, file)
    for await (const record of records) {
      options.signal?.throwIfAborted()
      if (record.kind === 'skipped') batch.skip(record)
      else batch.addContact(record, 'contacts')
    }
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
