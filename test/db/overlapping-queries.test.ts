import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/db/client.js'
import { freshDatabase } from '../setup/databases.js'
import { selectedVariants } from '../setup/variants.js'

const opened: Database[] = []
afterAll(async () => {
  for (const database of opened) await database.close()
})

describe('queries that overlap inside one transaction', () => {
  for (const variant of selectedVariants()) {
    it(`run one after another on its connection, each with its own answer, and no warning [${variant}]`, async () => {
      const database = await freshDatabase(variant)
      opened.push(database)
      const warnings: string[] = []
      const onWarning = (warning: Error) => warnings.push(warning.message)
      process.on('warning', onWarning)
      try {
        const answers = await database.db.transaction(async (tx) => {
          // As a service reads several things at once inside a job's transaction.
          return await Promise.all(
            [3, 1, 2].map(async (n) => {
              const result = (await tx.execute(
                sql`select ${n}::int as n, pg_sleep(${n / 100})`,
              )) as unknown as { rows: { n: number }[] }
              return result.rows[0]?.n
            }),
          )
        })
        expect(answers).toEqual([3, 1, 2])
        // The connection is handed back in order: the pool's next query runs.
        const after = await database.db.execute(sql`select 7 as n`)
        expect((after as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(7)
        // Warnings are emitted on the next tick.
        await new Promise((resolve) => setImmediate(resolve))
        expect(warnings.filter((w) => w.includes('already executing'))).toEqual([])
      } finally {
        process.off('warning', onWarning)
      }
    })
  }
})
