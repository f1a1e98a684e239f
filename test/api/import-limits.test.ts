import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { allContactsOf } from '../../src/db/queries/contacts.js'
import { importsOf } from '../../src/db/queries/imports.js'
import { deflatedRepeat, makeZip, type ZipInput } from '../fixtures/imports/zip-writer.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { upload, waitForImport, zipOf } from './import-helpers.js'

const MiB = 1024 * 1024
const export2024 = fileURLToPath(
  new URL('../fixtures/imports/linkedin/export-2024/', import.meta.url),
)
const PROFILE = {
  name: 'Export/Profile.csv',
  data: 'First Name,Last Name,Headline\nAda,Lindqvist,Partner\n',
}

/** Uploads a zip that must be refused, and checks that nothing at all was written. */
async function refused(env: TestEnv, files: readonly ZipInput[]) {
  const owner = await signUp(env.app)
  const response = await upload(env, owner, makeZip(files))
  expect(response.headers['content-type']).toContain('application/problem+json')
  expect(await importsOf(env.ctx.db, owner.id)).toEqual([])
  expect(await allContactsOf(env.ctx.db, owner.id)).toEqual([])
  const list = await call(env.app, 'GET', '/api/imports', { as: owner })
  expect(list.json().items).toEqual([])
  return response
}

describeEachDatabase('import limits', (env) => {
  it('refuses a zip bomb of zeros with 413, whether it declares its size or hides it', async () => {
    const zeros = deflatedRepeat(Buffer.alloc(MiB), 1024)
    for (const declaredSize of [1024 * MiB, 1000]) {
      const response = await refused(env(), [
        PROFILE,
        { name: 'Export/messages.csv', deflated: zeros, declaredSize },
      ])
      expect(response.statusCode).toBe(413)
      expect(response.json().errors).toEqual([
        { path: 'Export/messages.csv', message: expect.any(String) },
      ])
    }
  })

  it('refuses with 413 a file that inflates past 512 MiB, counted as it inflates', async () => {
    const lines = deflatedRepeat(Buffer.alloc(MiB, '\n'), 520)
    const response = await refused(env(), [
      PROFILE,
      { name: 'Export/Connections.csv', deflated: lines, declaredSize: 520 },
    ])
    expect(response.statusCode).toBe(413)
    expect(response.json().detail).toContain('512 MiB per file')
  })

  it('refuses with 413 a record with no line end', async () => {
    const header = Buffer.from(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,',
    )
    const cell = Buffer.concat([
      deflatedRepeat(header, 1).subarray(0, -2),
      deflatedRepeat(Buffer.alloc(MiB, 'a'), 500),
    ])
    const response = await refused(env(), [
      { name: 'Export/Connections.csv', deflated: cell, declaredSize: 500 * MiB },
    ])
    expect(response.statusCode).toBe(413)
    expect(response.json().detail).toContain('1 MiB per record')
  })

  it('refuses with 413 a zip of more than 10,000 entries', async () => {
    const empty = deflatedRepeat(Buffer.alloc(0), 0)
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      name: `Export/x/${i}`,
      deflated: empty,
      declaredSize: 0,
    }))
    const response = await refused(env(), [PROFILE, ...many])
    expect(response.statusCode).toBe(413)
  })

  it('refuses with 400 a zip that holds no export, naming the files it should hold', async () => {
    const response = await refused(env(), [
      { name: 'Photos/cat.jpg', data: 'meow' },
      { name: 'Learning.csv', data: 'Title\nx\n' },
    ])
    expect(response.statusCode).toBe(400)
    expect(response.json().detail).toContain('Connections.csv')
  })

  it('still imports a normal export', async () => {
    const e = env()
    const owner = await signUp(e.app)
    const started = await upload(e, owner, await zipOf(export2024))
    expect(started.statusCode).toBe(202)
    const done = await waitForImport(e, owner, started.json().importId)
    expect(done.status).toBe('done')
    expect(done.counts.connections).toBe(5)
  })
})
