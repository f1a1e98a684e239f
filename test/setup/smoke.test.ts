import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

describe('throwaway PostgreSQL', () => {
  it('answers queries', async () => {
    const url = inject('postgresUrl')
    if (url === null) return expect(url).toBeNull()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const { rows } = await client.query('select 1 + 1 as two')
    await client.end()
    expect(rows[0].two).toBe(2)
  })
})
