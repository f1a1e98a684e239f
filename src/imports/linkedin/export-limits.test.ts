import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deflatedRepeat, makeZip } from '../../../test/fixtures/imports/zip-writer.js'
import { type AppError, isAppError } from '../../errors.js'
import { IMPORT_LIMITS, type ImportLimits } from '../limits.js'
import { readLinkedInExport } from './read-export.js'

const MiB = 1024 * 1024
const MESSAGES_HEADER = 'CONVERSATION ID,FROM,DATE,CONTENT\n'

let scratch = ''
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'export-limits-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function failure(path: string, limits?: ImportLimits): Promise<AppError> {
  try {
    for await (const _ of readLinkedInExport(path, limits ? { limits } : {})) {
      // read to the end
    }
  } catch (error) {
    if (isAppError(error)) return error
    throw error
  }
  throw new Error('the export was read')
}

async function zipFile(name: string, zip: Buffer): Promise<string> {
  const path = join(scratch, name)
  await writeFile(path, zip)
  return path
}

describe('the caps on what an export may hold', () => {
  it('refuses a zip with more entries than the cap, counting them as it lists them', async () => {
    const empty = deflatedRepeat(Buffer.alloc(0), 0)
    const entries = Array.from({ length: IMPORT_LIMITS.entries + 1 }, (_, i) => ({
      name: `junk/${i}.txt`,
      deflated: empty,
      declaredSize: 0,
    }))
    const path = await zipFile(
      'many.zip',
      makeZip([{ name: 'Profile.csv', data: 'x' }, ...entries]),
    )
    const error = await failure(path)
    expect(error.code).toBe('too_large')
    expect(error.errors?.[0]?.path).toBe('many.zip')
  })

  it('refuses at once a file the zip says is larger than a cap', async () => {
    const gib = deflatedRepeat(Buffer.alloc(MiB), 1024)
    const path = await zipFile(
      'declared.zip',
      makeZip([{ name: 'messages.csv', deflated: gib, declaredSize: 1024 * MiB }]),
    )
    const error = await failure(path)
    expect(error.code).toBe('too_large')
    expect(error.errors).toEqual([
      { path: 'messages.csv', message: expect.stringContaining('512 MiB per file') },
    ])
  })

  it('counts the bytes it inflates, whatever the zip declares', async () => {
    const limits = { ...IMPORT_LIMITS, fileBytes: 4 * MiB, totalBytes: 6 * MiB }
    const lines = deflatedRepeat(Buffer.alloc(MiB, '\n'), 64)
    const oneFile = await zipFile(
      'understated.zip',
      makeZip([{ name: 'Export/messages.csv', deflated: lines, declaredSize: 1000 }]),
    )
    const tooBig = await failure(oneFile, limits)
    expect(tooBig.code).toBe('too_large')
    expect(tooBig.errors).toEqual([
      { path: 'Export/messages.csv', message: expect.stringContaining('4 MiB per file') },
    ])
    const three = deflatedRepeat(Buffer.alloc(MiB, '\n'), 3)
    const manyFiles = await zipFile(
      'in-all.zip',
      makeZip(
        ['Connections.csv', 'Invitations.csv', 'messages.csv'].map((name) => ({
          name,
          deflated: three,
          declaredSize: 10,
        })),
      ),
    )
    const inAll = await failure(manyFiles, limits)
    expect(inAll.code).toBe('too_large')
    expect(inAll.errors?.[0]?.message).toContain('6 MiB per import')
  })

  it('refuses a zip bomb of zeros that claims to be small', async () => {
    const zeros = deflatedRepeat(Buffer.alloc(MiB), 600)
    const path = await zipFile(
      'zeros.zip',
      makeZip([{ name: 'messages.csv', deflated: zeros, declaredSize: 600 }]),
    )
    const error = await failure(path)
    expect(error.code).toBe('too_large')
    expect(error.errors?.[0]?.path).toBe('messages.csv')
  })

  it('refuses a record with no line end once it passes the record cap', async () => {
    const cell = Buffer.concat([
      deflatedRepeat(Buffer.from(MESSAGES_HEADER), 1).subarray(0, -2),
      deflatedRepeat(Buffer.alloc(MiB, 'x'), 500),
    ])
    const path = await zipFile(
      'cell.zip',
      makeZip([{ name: 'messages.csv', deflated: cell, declaredSize: 500 * MiB }]),
    )
    const error = await failure(path)
    expect(error.code).toBe('too_large')
    expect(error.message).toContain('line 2')
    expect(error.errors?.[0]?.message).toContain('1 MiB per record')
  })
})

describe('an export with none of the files it should have', () => {
  it('is an error that names the files expected, as a folder or a zip', async () => {
    const empty = join(scratch, 'empty')
    await mkdir(empty)
    const unrelated = await zipFile(
      'unrelated.zip',
      makeZip([
        { name: 'photos/cat.jpg', data: 'meow' },
        { name: 'Learning.csv', data: 'Title\nx\n' },
      ]),
    )
    for (const path of [empty, unrelated]) {
      const error = await failure(path)
      expect(error.code).toBe('bad_request')
      expect(error.message).toContain('Connections.csv')
      expect(error.message).toContain('messages.csv')
    }
  })
})
