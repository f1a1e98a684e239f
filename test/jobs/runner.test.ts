import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'
import { listJobs } from '../../src/db/queries/jobs.js'
import { JobRunner, scheduleJob } from '../../src/jobs/runner.js'
import { freshDatabase } from '../setup/databases.js'
import { TestClock } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'

const quiet = () => {}

for (const variant of selectedVariants()) {
  describe(`durable jobs [${variant}]`, () => {
    it('runs a job once at its time, not before, and never again', async () => {
      await using database = await freshDatabase(variant)
      const clock = new TestClock()
      const runner = new JobRunner({ db: database.db, clock: clock.read, onError: quiet })
      const ran: unknown[] = []
      runner.define({ kind: 'test.once', run: async (job) => void ran.push(job.payload) })
      await scheduleJob(
        database.db,
        { kind: 'test.once', payload: { n: 1 }, runAt: new Date(clock.now.getTime() + 60_000) },
        clock.now,
      )
      expect(await runner.runDue()).toBe(0)
      clock.advance(60_000)
      expect(await runner.runDue()).toBe(1)
      expect(await runner.runDue()).toBe(0)
      expect(ran).toEqual([{ n: 1 }])
      const [done] = await listJobs(database.db, { states: ['done'], limit: 10 })
      expect(done).toMatchObject({ kind: 'test.once', attempts: 1 })
    })

    it('retries a failing job with growing waits, then marks it failed with the error', async () => {
      await using database = await freshDatabase(variant)
      const clock = new TestClock()
      const errors: unknown[] = []
      const runner = new JobRunner({
        db: database.db,
        clock: clock.read,
        onError: (e) => errors.push(e),
      })
      let attempts = 0
      runner.define({
        kind: 'test.flaky',
        run: async () => {
          attempts++
          throw new Error(`attempt ${attempts} failed`)
        },
      })
      await scheduleJob(
        database.db,
        { kind: 'test.flaky', runAt: clock.now, maxAttempts: 3 },
        clock.now,
      )
      expect(await runner.runDue()).toBe(1)
      expect(await runner.runDue()).toBe(0) // waits 30 s before the second attempt
      clock.advance(30_000)
      expect(await runner.runDue()).toBe(1)
      clock.advance(30_000)
      expect(await runner.runDue()).toBe(0) // then a minute
      clock.advance(30_000)
      expect(await runner.runDue()).toBe(1)
      clock.advance(3_600_000)
      expect(await runner.runDue()).toBe(0)
      expect(attempts).toBe(3)
      expect(errors).toHaveLength(3)
      const [failed] = await listJobs(database.db, { states: ['failed'], limit: 10 })
      expect(failed).toMatchObject({ attempts: 3, lastError: 'attempt 3 failed' })
    })

    it('keeps one job waiting per singleton key, and a change during a run schedules the next', async () => {
      await using database = await freshDatabase(variant)
      const clock = new TestClock()
      const runner = new JobRunner({ db: database.db, clock: clock.read, onError: quiet })
      let runs = 0
      runner.define({
        kind: 'test.single',
        run: async () => {
          runs++
          if (runs === 1) {
            const again = { kind: 'test.single', runAt: clock.now, singletonKey: 'k' }
            expect(await scheduleJob(database.db, again, clock.now)).toBe(true)
          }
        },
      })
      const job = { kind: 'test.single', runAt: clock.now, singletonKey: 'k' }
      expect(await scheduleJob(database.db, job, clock.now)).toBe(true)
      expect(await scheduleJob(database.db, job, clock.now)).toBe(false)
      expect(await runner.runDue()).toBe(2)
      expect(runs).toBe(2)
    })

    it('takes over a job whose worker died once its lease lapses', async () => {
      await using database = await freshDatabase(variant)
      const clock = new TestClock()
      const dead = new JobRunner({
        db: database.db,
        clock: clock.read,
        onError: quiet,
        leaseMs: 60_000,
      })
      const alive = new JobRunner({ db: database.db, clock: clock.read, onError: quiet })
      let resumed = 0
      // The first worker claims the job and never finishes it (it "crashed" mid-run).
      dead.define({ kind: 'test.lease', run: () => new Promise<void>(() => {}) })
      alive.define({ kind: 'test.lease', run: async () => void resumed++ })
      await scheduleJob(database.db, { kind: 'test.lease', runAt: clock.now }, clock.now)
      void dead.runDue()
      await expect
        .poll(async () => (await listJobs(database.db, { states: ['running'], limit: 1 })).length)
        .toBe(1)
      expect(await alive.runDue()).toBe(0)
      clock.advance(61_000)
      expect(await alive.runDue()).toBe(1)
      expect(resumed).toBe(1)
    })

    if (variant === 'postgres') {
      it('lets two workers on one server take every job exactly once', async () => {
        await using database = await freshDatabase(variant)
        const clock = new TestClock()
        const seen: string[] = []
        const runners = [0, 1].map(() => {
          const r = new JobRunner({ db: database.db, clock: clock.read, onError: quiet })
          r.define({
            kind: 'test.shared',
            run: async (job) => void seen.push(String(job.payload.n)),
          })
          return r
        })
        for (let n = 0; n < 40; n++) {
          await scheduleJob(
            database.db,
            { kind: 'test.shared', payload: { n }, runAt: clock.now },
            clock.now,
          )
        }
        const counts = await Promise.all(runners.map((r) => r.runDue()))
        expect(counts[0]! + counts[1]!).toBe(40)
        expect(new Set(seen).size).toBe(40)
        expect(seen).toHaveLength(40)
      })
    }
  })
}

describe('durable jobs across a restart [pglite]', () => {
  it('runs a job scheduled before the restart once, after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-jobs-'))
    try {
      const clock = new TestClock()
      {
        await using database = await openDatabase({ kind: 'pglite', dataDir: dir })
        await migrateDatabase(database)
        await scheduleJob(
          database.db,
          {
            kind: 'test.later',
            payload: { note: 'kept' },
            runAt: new Date(clock.now.getTime() + 3_600_000),
          },
          clock.now,
        )
      }
      clock.advance(3_600_000)
      await using database = await openDatabase({ kind: 'pglite', dataDir: dir })
      await migrateDatabase(database)
      const ran: unknown[] = []
      const runner = new JobRunner({ db: database.db, clock: clock.read, onError: quiet })
      runner.define({ kind: 'test.later', run: async (job) => void ran.push(job.payload) })
      expect(await runner.runDue()).toBe(1)
      expect(await runner.runDue()).toBe(0)
      expect(ran).toEqual([{ note: 'kept' }])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
