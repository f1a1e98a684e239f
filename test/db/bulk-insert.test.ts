import { asc } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type { Database, Db } from '../../src/db/client.js'
import { insertInChunks } from '../../src/db/queries/bulk.js'
import { insertInteractions } from '../../src/db/queries/interactions.js'
import { contacts, interactions, members } from '../../src/db/schema/index.js'
import { freshDatabase } from '../setup/databases.js'
import { selectedVariants } from '../setup/variants.js'

const opened: Database[] = []
afterAll(async () => {
  for (const database of opened) await database.close()
})

// Text a literal of an array has to quote or escape, and text that reads as something else.
const AWKWARD = [
  'a,b',
  'q"uote',
  'back\\slash',
  '{brace}',
  '',
  'NULL',
  'ünïcødé ✓',
  ' spaced ',
  "it's",
]
const awkward = (i: number) => AWKWARD[i % AWKWARD.length] ?? ''
const CREATED = new Date('2024-12-16T09:30:00.123Z')

type NewMember = typeof members.$inferInsert
type NewContact = typeof contacts.$inferInsert

/** 1,205 members (two chunks and a part), leaving out by turns values that have defaults. */
function memberRows(): NewMember[] {
  return Array.from({ length: 1205 }, (_, i) => ({
    id: `m${String(i).padStart(5, '0')}`,
    email: `member${i}@example.test`,
    passwordHash: i % 3 === 0 ? null : `hash-${awkward(i)}`,
    name: `${awkward(i)} ${i}`,
    ...(i % 2 === 0 ? { headline: awkward(i + 1) } : {}),
    ...(i % 4 === 0 ? { student: true } : {}),
    ...(i % 5 === 0 ? { visibility: 'connections' as const } : {}),
    ...(i % 6 === 0 ? { careerStrategy: { companies: [awkward(i)], roles: ['cto'] } } : {}),
    ...(i % 7 === 0 ? { suspendedAt: CREATED } : {}),
    // The default is `now()`, known to the database alone.
    ...(i % 2 === 1 ? { createdAt: CREATED } : {}),
  }))
}

function contactRows(): NewContact[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `c${i}`,
    ownerId: 'm00001',
    name: awkward(i),
    source: 'manual',
    email: i % 2 === 0 ? null : `c${i}@example.test`,
    // An array column: each element its own awkward text, or none at all.
    ...(i % 3 === 0 ? {} : { circles: [awkward(i), awkward(i + 1), 'clients'] }),
    strength: i % 4 === 0 ? null : i / 41,
    since: new Date(CREATED.getTime() - i * 86_400_000),
    createdAt: CREATED,
  }))
}

async function readBack(db: Db) {
  return {
    members: await db.select().from(members).orderBy(asc(members.id)),
    contacts: await db.select().from(contacts).orderBy(asc(contacts.id)),
  }
}

describe('bulk inserts', () => {
  for (const variant of selectedVariants()) {
    it(`store exactly what the same rows inserted one statement per chunk by drizzle store [${variant}]`, async () => {
      const statements: string[] = []
      const [ours, drizzles] = await Promise.all([
        freshDatabase(variant, {
          statements: {
            logQuery: (query: string) => {
              statements.push(query)
            },
          },
        }),
        freshDatabase(variant),
      ])
      opened.push(ours, drizzles)
      const before = Date.now()
      await insertInChunks(ours.db, members, memberRows())
      await insertInChunks(ours.db, contacts, contactRows())
      // One statement per chunk, each a handful of arrays unnested by the database.
      expect(statements).toHaveLength(3)
      for (const statement of statements) expect(statement).toMatch(/from unnest\(/)
      for (const part of [memberRows().slice(0, 1000), memberRows().slice(1000)])
        await drizzles.db.insert(members).values(part)
      await drizzles.db.insert(contacts).values(contactRows())

      const got = await readBack(ours.db)
      const expected = await readBack(drizzles.db)
      expect(got.members).toHaveLength(1205)
      expect(got.contacts).toHaveLength(40)
      // Rows left to `now()` were stamped by each database at its own moment.
      const withoutNow = (rows: typeof got.members) =>
        rows.map((r, i) =>
          i % 2 === 0 ? { ...r, createdAt: null, updatedAt: null } : { ...r, updatedAt: null },
        )
      expect(withoutNow(got.members)).toEqual(withoutNow(expected.members))
      for (const [i, member] of got.members.entries()) {
        if (i % 2 === 1) expect(member.createdAt).toEqual(CREATED)
        else expect(member.createdAt.getTime()).toBeGreaterThanOrEqual(before - 60_000)
      }
      expect(got.contacts).toEqual(expected.contacts)
      expect(got.contacts[1]?.circles).toEqual([awkward(1), awkward(2), 'clients'])
      expect(got.contacts[0]?.circles).toEqual([])
      expect(got.members[6]?.careerStrategy).toEqual({ companies: [awkward(6)], roles: ['cto'] })
      expect(got.members[1]?.careerStrategy).toEqual({ companies: [], roles: [] })
    }, 300_000)

    it(`of interactions take every owner's rows in one statement, each owner's keys apart [${variant}]`, async () => {
      const statements: string[] = []
      const database = await freshDatabase(variant, {
        statements: {
          logQuery: (query: string) => {
            statements.push(query)
          },
        },
      })
      opened.push(database)
      const row = (ownerId: string, dedupeKey: string, note: string | null) => ({
        ownerId,
        contactId: `contact-of-${ownerId}`,
        kind: 'message',
        at: CREATED,
        intent: null,
        by: 'them',
        source: ownerId === 'a' ? 'linkedin' : 'platform',
        note,
        dedupeKey,
      })
      const added = await insertInteractions(database.db, [
        row('a', 'k1', awkward(0)),
        row('b', 'k1', awkward(1)),
        row('a', 'k1', 'the same key again'),
        row('b', 'k2', null),
      ])
      expect(added).toBe(3)
      expect(statements).toHaveLength(1)
      const stored = await database.db
        .select()
        .from(interactions)
        .orderBy(asc(interactions.ownerId), asc(interactions.dedupeKey))
      expect(stored.map((r) => [r.ownerId, r.dedupeKey, r.source, r.note])).toEqual([
        ['a', 'k1', 'linkedin', awkward(0)],
        ['b', 'k1', 'platform', awkward(1)],
        ['b', 'k2', 'platform', null],
      ])
      // Again, nothing is new.
      expect(await insertInteractions(database.db, [row('a', 'k1', null)])).toBe(0)
    }, 300_000)
  }
})
