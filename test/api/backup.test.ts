import { mkdtempSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupTo, restoreFrom } from '../../src/services/backup/index.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signUp } from '../setup/client.js'
import { databaseFingerprint } from '../setup/fingerprint.js'
import { closeTestEnv, createTestEnv, type TestEnv } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { putInCircle, sendIssue } from './newsletter-helpers.js'
import { PDF, refer, VALUES } from './referral-helpers.js'
import { connect, patchMe } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

const freshDir = (what: string) => mkdtempSync(join(tmpdir(), `rapport-backup-${what}-`))

async function instance(variant: TestEnv['variant']): Promise<TestEnv> {
  return await createTestEnv(variant, { dataDir: freshDir('data') })
}

/** Every table's digest but the settings', which a backup and a restore each add a row to. */
async function rowsFingerprint(env: TestEnv) {
  const { settings: _settings, ...rest } = await databaseFingerprint(env.database.db)
  return rest
}

async function settingKeys(env: TestEnv): Promise<string[]> {
  const result = await env.database.db.execute(sql`select key from settings order by key`)
  return (result as unknown as { rows: { key: string }[] }).rows.map((r) => r.key)
}

async function pendingMail(env: TestEnv): Promise<number> {
  const result = await env.database.db.execute(
    sql`select count(*)::int as n from newsletter_deliveries where mail_state = 'pending'`,
  )
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? -1
}

async function referral(env: TestEnv, as: Member, via: Member, target: Member) {
  const response = await refer(env, as, { via: via.id, target: target.id, ...VALUES }, PDF)
  if (response.statusCode !== 201) throw new Error(response.body)
  return response.json().introduction.id as string
}

/**
 * A small community with something in every kind of place: connections, a message, a referral
 * with its résumé on disk, and a newsletter whose send is scheduled but has not run yet.
 */
async function community(env: TestEnv) {
  // The first member of an instance is its operator.
  const [operator, author, reader, friend] = [
    await signUp(env.app),
    await signUp(env.app),
    await signUp(env.app),
    await signUp(env.app),
  ]
  await grantOperator(env.ctx, operator.email)
  // The reader lets connections see whom they know, so the author may ask them about a friend.
  await patchMe(env, reader, { visibility: 'connections' })
  await connect(env, author, reader)
  await connect(env, reader, friend)
  await connect(env, author, operator)
  const referralId = await referral(env, author, reader, friend)
  await putInCircle(env, author, 'clients', [reader, operator])
  const issue = await sendIssue(env, author, { circle: 'clients' })
  return { author, reader, friend, operator, referral: referralId, issue }
}

for (const source of selectedVariants()) {
  describe(`backup and restore from ${source}`, () => {
    let from: TestEnv | null = null
    let made: Awaited<ReturnType<typeof community>>
    let file: string
    let before: Record<string, string>
    beforeAll(async () => {
      from = await instance(source)
      made = await community(from)
      before = await rowsFingerprint(from)
      file = join(freshDir('file'), 'instance.jsonl.gz')
      await backupTo(from.ctx, file)
    })
    afterAll(async () => {
      await closeTestEnv(from)
    })

    it('records the backup for the health panel, for the operator only', async () => {
      const e = from as TestEnv
      const status = await call(e.app, 'GET', '/api/operator/backup', { as: made.operator })
      expect(status.statusCode).toBe(200)
      const { size } = await import('node:fs/promises').then((fs) => fs.stat(file))
      expect(status.json()).toMatchObject({
        lastBackup: { bytes: size, files: 1 },
        sends: { paused: false, since: null },
      })
      expect(status.json().lastBackup.rows).toBeGreaterThan(10)
      expect(
        (await call(e.app, 'GET', '/api/operator/backup', { as: made.author })).statusCode,
      ).toBe(403)
      expect((await call(e.app, 'GET', '/api/operator/backup')).statusCode).toBe(401)
    })

    for (const target of selectedVariants()) {
      it(`restores every row and file into an empty ${target} instance, with sends paused until the operator resumes them`, async () => {
        const to = await instance(target)
        try {
          const summary = await restoreFrom(to.ctx, file)
          expect(summary.files).toBe(1)
          expect(await rowsFingerprint(to)).toEqual(before)
          expect(await settingKeys(to)).toContain('sends_paused')

          const resume = await call(to.app, 'GET', `/api/introductions/${made.referral}/resume`, {
            as: made.reader,
          })
          expect(resume.statusCode).toBe(200)
          expect(resume.rawPayload.equals(PDF)).toBe(true)

          // The restored send job is due, yet it does not run while sends are paused.
          const owed = await pendingMail(to)
          expect(owed).toBe(2)
          to.clock.advance(60_000)
          await to.ctx.jobs.runDue()
          expect(await pendingMail(to)).toBe(owed)

          const signedOut = await call(to.app, 'POST', '/api/operator/sends/resume')
          expect(signedOut.statusCode).toBe(401)
          const member = await call(to.app, 'POST', '/api/operator/sends/resume', {
            as: made.author,
          })
          expect(member.statusCode).toBe(403)
          await to.ctx.jobs.runDue()
          expect(await pendingMail(to)).toBe(owed)

          const resumed = await call(to.app, 'POST', '/api/operator/sends/resume', {
            as: made.operator,
          })
          expect(resumed.statusCode, resumed.body).toBe(200)
          expect(resumed.json()).toEqual({ paused: false, since: null })
          await to.ctx.jobs.runDue()
          expect(await pendingMail(to)).toBe(0)

          // New rows take fresh identities after the restored ones.
          const later = await signUp(to.app)
          await connect(to, later, made.reader)
        } finally {
          await closeTestEnv(to)
        }
      })

      it(`refuses a restore into a ${target} instance that holds anything, and changes nothing`, async () => {
        const to = await instance(target)
        try {
          await signUp(to.app)
          const untouched = await databaseFingerprint(to.database.db)
          await expect(restoreFrom(to.ctx, file)).rejects.toMatchObject({ code: 'conflict' })
          expect(await databaseFingerprint(to.database.db)).toEqual(untouched)
        } finally {
          await closeTestEnv(to)
        }
      })
    }

    it('refuses a cut-off or altered backup and leaves the instance empty', async () => {
      const to = await instance(source)
      try {
        const empty = await databaseFingerprint(to.database.db)
        const text = gunzipSync(await readFile(file)).toString('utf8')
        const lines = text.trimEnd().split('\n')
        const cut = join(freshDir('cut'), 'cut.jsonl.gz')
        await writeFile(cut, gzipSync(`${lines.slice(0, -1).join('\n')}\n`))
        await expect(restoreFrom(to.ctx, cut)).rejects.toMatchObject({ code: 'bad_request' })
        const altered = join(freshDir('altered'), 'altered.jsonl.gz')
        await writeFile(altered, gzipSync(text.replace(made.author.email, 'someone@example.org')))
        await expect(restoreFrom(to.ctx, altered)).rejects.toMatchObject({ code: 'bad_request' })
        expect(await databaseFingerprint(to.database.db)).toEqual(empty)
      } finally {
        await closeTestEnv(to)
      }
    })
  })

  describe(`backup while serving on ${source}`, () => {
    it('is one consistent snapshot while a writer keeps signing members up', async () => {
      const from = await instance(source)
      const to = await instance(source)
      try {
        await signUp(from.app)
        let writing = true
        let written = 0
        const writer = (async () => {
          while (writing) {
            await signUp(from.app)
            written++
          }
        })()
        while (written < 1) await new Promise((r) => setTimeout(r, 20))
        const file = join(freshDir('busy'), 'busy.jsonl.gz')
        await backupTo(from.ctx, file)
        const afterBackup = written
        writing = false
        await writer
        expect(afterBackup).toBeGreaterThan(0)
        await restoreFrom(to.ctx, file)
        // A sign-up writes its member and its first session together: a torn snapshot would
        // hold one without the other.
        const counts = await to.database.db.execute(sql`
          select (select count(*)::int from members) as members,
                 (select count(distinct member_id)::int from sessions) as signed_in`)
        const [row] = (counts as unknown as { rows: { members: number; signed_in: number }[] }).rows
        expect(row?.members).toBeGreaterThan(1)
        expect(row?.members).toBe(row?.signed_in)
      } finally {
        await closeTestEnv(from)
        await closeTestEnv(to)
      }
    })
  })
}
