import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { inTransaction } from '../../src/services/transaction.js'
import { describeEachDatabase } from '../setup/harness.js'

/** Resolves once `count` callers wait on it, or after `ms` (one connection runs them in turn). */
function barrier(count: number, ms: number) {
  let waiting = 0
  let release = () => {}
  const open = new Promise<void>((resolve) => {
    release = resolve
    setTimeout(resolve, ms)
  })
  return async () => {
    waiting += 1
    if (waiting >= count) release()
    await open
  }
}

describeEachDatabase('transactions the database aborts', (env) => {
  it('run again when two take the same locks in opposite orders, so both complete', async () => {
    const e = env()
    const bothHoldOne = barrier(2, 3000)
    let runs = 0
    // Each takes one lock, waits until the other holds its own, then asks for the other's: a
    // deadlock, which PostgreSQL breaks by aborting one of the two.
    const crossing = (first: number, second: number) =>
      inTransaction(e.ctx, async ({ tx }) => {
        runs += 1
        await tx.execute(sql`select pg_advisory_xact_lock(${first})`)
        await bothHoldOne()
        await tx.execute(sql`select pg_advisory_xact_lock(${second})`)
        return first
      })
    expect(await Promise.all([crossing(7001, 7002), crossing(7002, 7001)])).toEqual([7001, 7002])
    expect(runs).toBeGreaterThanOrEqual(2)
  })
})
