import { describe, expect, it } from 'vitest'
import { freshPostgresDatabaseUrl } from '../test/setup/databases.js'
import { selectedVariants } from '../test/setup/variants.js'
import { runApiBench } from './api.bench.js'

describe('api bench', () => {
  it('loads every route on our server and on the reference at a tiny size', {
    // Loads a community and two servers: minutes, not seconds, on a busy machine.
    timeout: 300_000,
  }, async () => {
    const r = await runApiBench({ members: 50, seconds: 1, connections: 2, database: 'pglite' })
    expect(r.database).toBe('pglite')
    expect(r.community.members).toBe(50)
    expect(r.load).toMatchObject({ seconds: 1, connections: 2 })
    expect(r.targets.surnameMatches).toBeGreaterThan(0)
    expect(r.routes.map((route) => route.name)).toEqual([
      'GET /healthz',
      'GET /api/me',
      'GET /api/members?q=',
      'GET /api/paths?to=',
      'GET /api/connections?limit=50',
      'GET /api/conversations?limit=50',
      'POST /api/messages',
      'POST /api/contacts/:id/interactions',
    ])
    for (const route of r.routes) {
      expect(route.referenceBodyBytes).toBe(route.bodyBytes)
      // Health answers without the database; a message posted is written to it.
      if (route.name === 'GET /healthz') expect(route.statementsPerRequest).toBe(0)
      if (route.method === 'POST') expect(route.statementsPerRequest).toBeGreaterThan(0)
      for (const side of [route.ours, route.reference]) {
        expect(side.requests).toBeGreaterThan(0)
        expect(side.requestsPerSecond).toBeGreaterThan(0)
        expect(side.latencyP99Ms).toBeGreaterThanOrEqual(side.latencyP50Ms)
        expect(side.non2xx).toBe(0)
        expect(side.errors).toBe(0)
      }
      expect(route.ratio.requestsPerSecond).toBeGreaterThan(0)
    }
    // Every message of the load went into the one conversation with the chosen connection.
    const sent = r.routes.find((route) => route.name === 'POST /api/messages')
    expect(sent?.method).toBe('POST')
    expect(r.targets.messageTo).not.toBe('')
    expect(r.routes.find((route) => route.name === 'GET /api/paths?to=')?.path).toContain(
      r.targets.pathTarget,
    )
    const logged = r.routes.find((route) => route.name === 'POST /api/contacts/:id/interactions')
    expect(logged?.path).toBe(`/api/contacts/${r.targets.contact}/interactions`)
  })

  it('refuses several processes on the embedded database, which belongs to one process', async () => {
    await expect(
      runApiBench({ members: 50, seconds: 1, connections: 2, database: 'pglite', processes: 2 }),
    ).rejects.toThrow(/PostgreSQL/)
  })

  // Several processes share a PostgreSQL server only, so this runs with the PostgreSQL half.
  if (selectedVariants().includes('postgres'))
    it('serves both sides from two processes behind one port on PostgreSQL', {
      timeout: 300_000,
    }, async () => {
      const r = await runApiBench({
        members: 50,
        seconds: 1,
        connections: 4,
        database: 'postgres',
        databaseUrl: await freshPostgresDatabaseUrl(),
        processes: 2,
      })
      expect(r.load.processes).toBe(2)
      for (const route of r.routes) {
        for (const side of [route.ours, route.reference]) {
          expect(side.requests).toBeGreaterThan(0)
          expect(side.non2xx).toBe(0)
          expect(side.errors).toBe(0)
        }
      }
    })
})
