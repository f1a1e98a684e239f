import { appendFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  type GeneratedLinkedInExport,
  generateLinkedInExport,
} from '../../bench/generators/linkedin-export.js'
import { allContactsOf } from '../../src/db/queries/contacts.js'
import { allInteractionsOf } from '../../src/db/queries/interactions.js'
import type { MemberId } from '../../src/ids.js'
import { importLinkedIn } from '../../src/services/imports/import-linkedin.js'
import { strengthReport } from '../../src/services/insights/index.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'

type Member = Awaited<ReturnType<typeof signUp>>

// The size of the published export the product was judged on (December 2024): 3,761
// connections, 2,143 messages, 1,596 invitations, with the quirks of real exports (placeholder
// and system senders, replies with empty recipients, a broken quote, UTF-16 and Windows-1252).
let root = ''
let generated: GeneratedLinkedInExport
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'export-intelligence-'))
  generated = await generateLinkedInExport(join(root, 'export'), {
    connections: 3_761,
    messages: 2_143,
    invitations: 1_596,
    endorsements: 300,
    seed: 21,
    quirks: true,
  })
  // The owner worked at two of the companies their contacts work at: one still, one before.
  await appendFile(
    join(generated.dir, 'Positions.csv'),
    'Acme,Recruiter,,,Mar 2015,Dec 2019\nGlobex,Advisor,,,Jan 2023,\n',
  )
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describeEachDatabase('an imported export, read as its owner would', (env) => {
  let owner: Member
  let imported: Promise<void> | null = null
  /** One import per database, shared by the tests that only read it. */
  function importOnce(e: TestEnv) {
    imported ??= (async () => {
      owner = await signUp(e.app)
      await importLinkedIn(e.ctx, owner.id, generated.dir)
    })()
    return imported
  }

  it('reads the history as of the export, says so, and switches to today', async () => {
    const e = env()
    await importOnce(e)
    const asExport = (await call(e.app, 'GET', '/api/insights/health', { as: owner })).json()
    // The horizon is the latest record of the history: here its latest message.
    const latest = Math.max(
      ...(await allInteractionsOf(e.ctx.db, owner.id)).map((i) => i.at.getTime()),
    )
    const horizon = new Date(latest)
    const day = horizon.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    expect(horizon.getTime()).toBeLessThan(e.clock.now.getTime())
    expect(asExport.asOf).toEqual({
      at: horizon.toISOString(),
      basis: 'export',
      exportDate: horizon.toISOString(),
      label: `as of ${day}, the date of your export`,
    })
    const today = await call(e.app, 'GET', '/api/insights/health?asOf=today', { as: owner })
    expect(today.statusCode).toBe(200)
    expect(today.json().asOf).toMatchObject({ basis: 'today', label: 'as of today' })
    expect(today.json().asOf.exportDate).toBe(asExport.asOf.at)
    // Read today, an export eighteen months old is nearly all dormant; as of its date it is not.
    expect(today.json().dormantShare).toBeGreaterThan(asExport.dormantShare)
    for (const path of ['/api/insights/prune', '/api/insights/stay-in-touch', '/api/contacts']) {
      const r = await call(e.app, 'GET', path, { as: owner })
      expect(r.statusCode, path).toBe(200)
      expect(r.json().asOf.label, path).toBe(asExport.asOf.label)
    }
    const bad = await call(e.app, 'GET', '/api/insights/health?asOf=yesterday', { as: owner })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('asOf')
  }, 240_000)

  it('tells ties without messages apart: no strength holds a tenth of contacts', async () => {
    const e = env()
    await importOnce(e)
    const report = await strengthReport(e.ctx, owner.id as MemberId, 'export')
    expect(report.exact.contacts).toBeGreaterThan(3_500)
    expect(report.exact.mostCommon!.share).toBeLessThan(0.1)
    // A shared employer with overlapping years is told, in the owner's words.
    const touched = new Set((await allInteractionsOf(e.ctx.db, owner.id)).map((i) => i.contactId))
    const colleague = (await allContactsOf(e.ctx.db, owner.id)).find(
      (r) => r.company === 'Globex' && r.source === 'linkedin' && !touched.has(r.id),
    )
    expect(colleague).toBeDefined()
    const detail = (
      await call(e.app, 'GET', `/api/contacts/${colleague!.id}`, { as: owner })
    ).json()
    expect(detail.strengthReasons).toContain('worked together at Globex (you since 2023)')
    expect(detail.asOf.basis).toBe('export')
  }, 240_000)

  it('pages prune suggestions, clear cases first, and says how many more there are', async () => {
    const e = env()
    await importOnce(e)
    const first = await call(e.app, 'GET', '/api/insights/prune?limit=3', { as: owner })
    expect(first.statusCode).toBe(200)
    const page = first.json()
    expect(page.items).toHaveLength(3)
    expect(page.total).toBeGreaterThan(3)
    expect(page.clear).toBeGreaterThan(0)
    expect(page.next).toEqual(expect.any(String))
    expect(page.items.every((i: { clear: boolean }) => i.clear)).toBe(true)
    const kinds = Object.values(page.byKind as Record<string, number>)
    expect(kinds.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(page.total)
    const second = (
      await call(e.app, 'GET', `/api/insights/prune?limit=3&cursor=${page.next}`, { as: owner })
    ).json()
    const ids = (p: { items: { contact: { id: string } }[] }) => p.items.map((i) => i.contact.id)
    expect(ids(second).some((id) => ids(page).includes(id))).toBe(false)
    // Clear cases first, then the rest; within each, by score.
    const all = (await call(e.app, 'GET', '/api/insights/prune?limit=200', { as: owner })).json()
    const order = all.items.map((i: { clear: boolean; score: number }) => [i.clear, i.score])
    for (let k = 1; k < order.length; k++) {
      const [clearBefore, scoreBefore] = order[k - 1]
      const [clearNow, scoreNow] = order[k]
      if (clearBefore === clearNow) expect(scoreBefore).toBeGreaterThanOrEqual(scoreNow)
      else expect(clearBefore).toBe(true)
    }
    const tampered = await call(e.app, 'GET', '/api/insights/prune?cursor=minus-one', { as: owner })
    expect(tampered.statusCode).toBe(400)
    expect(
      (await call(e.app, 'GET', '/api/insights/prune?limit=0', { as: owner })).statusCode,
    ).toBe(400)
  }, 240_000)

  it('gives prune reasons the stored records bear out', async () => {
    const e = env()
    await importOnce(e)
    const rows = new Map((await allContactsOf(e.ctx.db, owner.id)).map((r) => [r.id, r]))
    const touched = new Set((await allInteractionsOf(e.ctx.db, owner.id)).map((i) => i.contactId))
    let checked = 0
    let cursor: string | undefined
    for (let pages = 0; pages < 20; pages++) {
      const url = `/api/insights/prune?limit=200${cursor === undefined ? '' : `&cursor=${cursor}`}`
      const page = (await call(e.app, 'GET', url, { as: owner })).json()
      for (const item of page.items as { contact: { id: string }; reasons: string[] }[]) {
        const row = rows.get(item.contact.id)!
        for (const reason of item.reasons) {
          checked++
          if (
            /no contact since|never heard|no contact recorded/.test(reason) &&
            /no contact/.test(reason)
          ) {
            expect(touched.has(row.id), `${reason}: ${row.name}`).toBe(false)
          }
          if (/connected in|since connecting/.test(reason)) {
            expect(row.source === 'linkedin' && row.since !== null, `${reason}: ${row.name}`).toBe(
              true,
            )
          }
        }
      }
      cursor = page.next
      if (cursor === undefined) break
    }
    expect(checked).toBeGreaterThan(1_000)
  }, 240_000)

  it('keeps every reading to its owner, and refuses the signed out', async () => {
    const e = env()
    await importOnce(e)
    const stranger = await signUp(e.app)
    const theirs = (await call(e.app, 'GET', '/api/insights/prune', { as: stranger })).json()
    expect(theirs).toMatchObject({
      items: [],
      total: 0,
      asOf: { basis: 'today', exportDate: null },
    })
    for (const path of ['/api/insights/prune', '/api/insights/health']) {
      expect((await call(e.app, 'GET', path)).statusCode).toBe(401)
    }
  }, 240_000)

  it('moves the horizon forward with activity logged after the import', async () => {
    const e = env()
    const member = await signUp(e.app)
    await importLinkedIn(e.ctx, member.id, generated.dir)
    const before = (await call(e.app, 'GET', '/api/insights/health', { as: member })).json()
    expect(before.asOf.basis).toBe('export')
    const someone = (await call(e.app, 'GET', '/api/contacts?limit=1', { as: member })).json()
      .items[0].id
    const logged = await call(e.app, 'POST', `/api/contacts/${someone}/interactions`, {
      as: member,
      body: { kind: 'meeting', at: e.clock.now.toISOString() },
    })
    expect(logged.statusCode).toBe(201)
    const after = (await call(e.app, 'GET', '/api/insights/health', { as: member })).json()
    expect(after.asOf).toMatchObject({ basis: 'today', exportDate: null, label: 'as of today' })
  }, 240_000)
})
