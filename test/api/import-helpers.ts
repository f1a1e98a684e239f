import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { expect } from 'vitest'
import type { ImportStatus } from '../../src/contracts/imports.js'
import { makeZip } from '../fixtures/imports/zip-writer.js'
import { call, type signUp } from '../setup/client.js'
import { eventually } from '../setup/eventually.js'
import { ORIGIN, type TestEnv } from '../setup/harness.js'

type Member = Awaited<ReturnType<typeof signUp>>

/** A folder's files, zipped under `prefix/` as LinkedIn nests them. */
export async function zipOf(dir: string, prefix = 'Export'): Promise<Buffer> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = names.filter((d) => d.isFile())
  return makeZip(
    await Promise.all(
      files.map(async (d) => {
        const path = join(d.parentPath, d.name)
        return { name: `${prefix}/${relative(dir, path)}`, data: await readFile(path) }
      }),
    ),
  )
}

export function multipart(file: Buffer, filename: string) {
  const boundary = '----rapport-test-boundary'
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/zip\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return {
    payload: Buffer.concat([head, file, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

export async function upload(env: TestEnv, as: Member | null, file: Buffer) {
  const body = multipart(file, 'export.zip')
  return await env.app.inject({
    method: 'POST',
    url: '/api/imports/linkedin',
    payload: body.payload,
    headers: { ...body.headers, origin: ORIGIN, ...(as === null ? {} : { cookie: as.cookie }) },
  })
}

/** Polls an upload's status until it is no longer running. */
export function waitForImport(env: TestEnv, as: Member, id: string) {
  return eventually(async () => {
    const r = await call(env.app, 'GET', `/api/imports/${id}`, { as })
    expect(r.statusCode).toBe(200)
    const status: ImportStatus = r.json()
    return status.status === 'running' ? undefined : status
  }, `import ${id} to finish`)
}
