import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  type GeneratedLinkedInExport,
  generateLinkedInExport,
} from '../../bench/generators/linkedin-export.js'
import { INTERRUPTED } from '../../src/services/imports/index.js'
import { zipOf } from '../api/import-helpers.js'
import { selectedVariants } from '../setup/variants.js'
import {
  freePort,
  freshServerDatabase,
  type ServerDatabase,
  type ServerProcess,
  send,
  signUpOver,
  startServerProcess,
  stopServerProcess,
} from './server-process.js'

type Member = Awaited<ReturnType<typeof signUpOver>>

// Large enough that the import is still inside its transaction for a good while after it starts
// applying records, small enough to import in seconds.
let root: string
let generated: GeneratedLinkedInExport
let zip: Buffer
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rapport-crash-import-'))
  generated = await generateLinkedInExport(join(root, 'export'), {
    connections: 2_000,
    messages: 40_000,
    seed: 14,
  })
  zip = await zipOf(join(root, 'export'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function uploadOver(server: ServerProcess, member: Member): Promise<string> {
  const form = new FormData()
  form.append('file', new Blob([zip], { type: 'application/zip' }), 'export.zip')
  const response = await fetch(`${server.base}/api/imports/linkedin`, {
    method: 'POST',
    headers: { origin: server.base, cookie: member.cookie },
    body: form,
  })
  expect(response.status).toBe(202)
  return ((await response.json()) as { importId: string }).importId
}

interface Status {
  status: string
  error: string | null
  counts: { contacts: number }
  progress: { bytesRead: number; totalBytes: number } | null
}

async function statusOf(server: ServerProcess, member: Member, id: string): Promise<Status> {
  const response = await send(server, 'GET', `/api/imports/${id}`, { cookie: member.cookie })
  expect(response.status).toBe(200)
  return (await response.json()) as Status
}

/** Polls the import until `done` says so (progress is reported while its transaction is open). */
async function waitFor(
  server: ServerProcess,
  member: Member,
  id: string,
  done: (s: Status) => boolean,
): Promise<Status> {
  for (;;) {
    const status = await statusOf(server, member, id)
    if (done(status)) return status
    if (status.status !== 'running') throw new Error(`the import ended: ${status.status}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The owner's contacts as the database holds them: all rows, and distinct LinkedIn profiles. */
async function contactsOf(database: ServerDatabase, owner: string) {
  const query = `select count(*)::int as rows, count(distinct profile_url)::int as profiles
    from contacts where owner_id = $1`
  if ('url' in database) {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      return (await client.query(query, [owner])).rows[0] as { rows: number; profiles: number }
    } finally {
      await client.end()
    }
  }
  // Opened after the server is stopped: only one process may open the folder.
  const db = new PGlite(database.data)
  try {
    return (await db.query(query, [owner])).rows[0] as { rows: number; profiles: number }
  } finally {
    await db.close()
  }
}

for (const variant of selectedVariants()) {
  it(`leaves an import killed mid-way absent, and a re-run whole and once [${variant}]`, async () => {
    const database = await freshServerDatabase(variant, root)
    let server = await startServerProcess(database, await freePort())
    try {
      const owner = await signUpOver(server)
      const killed = await uploadOver(server, owner)
      // Records are being written inside the import's transaction once a quarter is read.
      await waitFor(server, owner, killed, (s) => {
        const p = s.progress
        return p !== null && p.bytesRead > p.totalBytes / 4
      })
      server.child.kill('SIGKILL')
      await server.exited

      server = await startServerProcess(database, await freePort())
      // The restarted server tells the owner how the killed import ended, never "running" on.
      const afterKill = await waitFor(server, owner, killed, (s) => s.status !== 'running')
      await stopServerProcess(server)
      const leftByKill = await contactsOf(database, owner.id)
      expect(afterKill.status).toBe(leftByKill.rows === 0 ? 'failed' : 'done')
      if (afterKill.status === 'failed') expect(afterKill.error).toBe(INTERRUPTED)

      server = await startServerProcess(database, await freePort())
      const rerun = await waitFor(server, owner, await uploadOver(server, owner), (s) => {
        return s.status !== 'running'
      })
      expect(rerun.status).toBe('done')
      const again = await waitFor(server, owner, await uploadOver(server, owner), (s) => {
        return s.status !== 'running'
      })
      expect(again).toMatchObject({ status: 'done', counts: { connections: 0 } })
      await stopServerProcess(server)
      const whole = await contactsOf(database, owner.id)
      expect(whole.rows).toBe(whole.profiles)
      expect(whole.rows).toBeGreaterThan(generated.connections * 0.9)
      // The killed import is absent or whole, never part of it.
      expect([0, whole.rows]).toContain(leftByKill.rows)
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL')
    }
  }, 600_000)
}
