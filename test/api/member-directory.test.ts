import type { FastifyInstance } from 'fastify'
import { expect, it } from 'vitest'
import { type Caller, call, signUp } from '../setup/client.js'
import { describeEachDatabase, withTwoProcesses } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { signUpOperator } from './operator-helpers.js'

interface Found {
  id: string
  name: string
  company: string | null
  title: string | null
}

async function search(app: FastifyInstance, as: Caller, q: string): Promise<Found[]> {
  const page = await call(app, 'GET', `/api/members?q=${encodeURIComponent(q)}&limit=200`, { as })
  expect(page.statusCode).toBe(200)
  return page.json().items
}

const names = (found: Found[]) => found.map((f) => f.name)

// Every test searches first, so the directory is warm and only the announcements can change it.
describeEachDatabase('member search and summaries from the member directory', (env) => {
  it('finds a renamed member by the new name and no longer by the old one', async () => {
    const { app } = env()
    const searcher = await signUp(app)
    const member = await signUp(app, { name: 'Ottoline Quillfeather' })
    expect(names(await search(app, searcher, 'quillfeather'))).toEqual(['Ottoline Quillfeather'])
    const renamed = await call(app, 'PATCH', '/api/me', {
      as: member,
      body: { name: 'Ottoline Brightwater' },
    })
    expect(renamed.statusCode).toBe(200)
    expect(await search(app, searcher, 'quillfeather')).toEqual([])
    expect(names(await search(app, searcher, 'BRIGHTWATER'))).toEqual(['Ottoline Brightwater'])
  })

  it('finds a member by a new position, shows it in their summary, and forgets the replaced one', async () => {
    const { app } = env()
    const searcher = await signUp(app)
    const member = await signUp(app, { name: 'Ambrose Pellucid' })
    const setPositions = async (positions: { company: string; title: string; to?: string }[]) =>
      expect(
        (await call(app, 'PATCH', '/api/me', { as: member, body: { positions } })).statusCode,
      ).toBe(200)
    expect(await search(app, searcher, 'Vantablack Looms')).toEqual([])
    await setPositions([
      { company: 'Oldmill Weavers', title: 'Apprentice', to: '2019' },
      { company: 'Vantablack Looms', title: 'Master Dyer' },
    ])
    // Any position matches, not only the current one; the summary shows the current one.
    for (const q of ['vantablack looms', 'master dyer', 'oldmill']) {
      expect(await search(app, searcher, q)).toEqual([
        expect.objectContaining({
          id: member.id,
          company: 'Vantablack Looms',
          title: 'Master Dyer',
        }),
      ])
    }
    await setPositions([{ company: 'Saffron Tannery', title: 'Owner' }])
    expect(await search(app, searcher, 'vantablack')).toEqual([])
    expect(await search(app, searcher, 'saffron tannery')).toEqual([
      expect.objectContaining({ id: member.id, company: 'Saffron Tannery', title: 'Owner' }),
    ])
  })

  it('hides a suspended member from search and shows them again once restored', async () => {
    const e = env()
    const operator = await signUpOperator(e)
    const member = await signUp(e.app, { name: 'Perpetua Grimsditch' })
    expect(names(await search(e.app, operator, 'grimsditch'))).toEqual(['Perpetua Grimsditch'])
    const url = `/api/operator/members/${member.id}`
    const suspended = await call(e.app, 'POST', `${url}/suspend`, {
      as: operator,
      body: { reason: 'soliciting' },
    })
    expect(suspended.statusCode).toBe(200)
    expect(await search(e.app, operator, 'grimsditch')).toEqual([])
    expect((await call(e.app, 'POST', `${url}/restore`, { as: operator })).statusCode).toBe(200)
    expect(names(await search(e.app, operator, 'grimsditch'))).toEqual(['Perpetua Grimsditch'])
  })

  it('forgets an erased member', async () => {
    const { app } = env()
    const searcher = await signUp(app)
    const member = await signUp(app, { name: 'Eudora Fanshawe' })
    expect(names(await search(app, searcher, 'fanshawe'))).toEqual(['Eudora Fanshawe'])
    expect((await call(app, 'DELETE', '/api/me', { as: member })).statusCode).toBe(204)
    expect(await search(app, searcher, 'fanshawe')).toEqual([])
  })

  it('walks more than 50 matches page by page, each exactly once, in name order', async () => {
    const { app } = env()
    const searcher = await signUp(app)
    expect(await search(app, searcher, 'pagewalk')).toEqual([])
    // Names repeat, in both cases, so that the cursor's id breaks ties.
    const joined = new Set<string>()
    for (let i = 0; i < 57; i++) {
      const name = `${i % 2 === 0 ? 'Pagewalk' : 'PAGEWALK'} ${String(i % 19).padStart(2, '0')}`
      joined.add((await signUp(app, { name })).id)
    }
    const walked: Found[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const query = cursor === undefined ? '' : `&cursor=${cursor}`
      const page = await call(app, 'GET', `/api/members?q=pagewalk${query}`, { as: searcher })
      expect(page.statusCode).toBe(200)
      const body: { items: Found[]; next?: string } = page.json()
      walked.push(...body.items)
      cursor = body.next
      pages++
    } while (cursor !== undefined)
    expect(pages).toBe(2)
    expect(walked).toHaveLength(57)
    expect(new Set(walked.map((f) => f.id))).toEqual(joined)
    const key = (f: Found) => [f.name.toLowerCase(), f.id] as const
    const sorted = [...walked].sort((a, b) => {
      const [an, ai] = key(a)
      const [bn, bi] = key(b)
      return an < bn ? -1 : an > bn ? 1 : ai < bi ? -1 : 1
    })
    expect(walked).toEqual(sorted)
  })
})

if (selectedVariants().includes('postgres')) {
  it('a second app process finds a member renamed in the first by the new name only', async () => {
    await withTwoProcesses(async (first, second) => {
      const member = await signUp(first.app, { name: 'Cornelius Ashgrove' })
      const searcher = await signUp(second.app)
      // The second process loads its directory before the rename.
      expect(names(await search(second.app, searcher, 'ashgrove'))).toEqual(['Cornelius Ashgrove'])
      const renamed = await call(first.app, 'PATCH', '/api/me', {
        as: member,
        body: { name: 'Cornelius Thistlewood' },
      })
      expect(renamed.statusCode).toBe(200)
      await expect
        .poll(async () => names(await search(second.app, searcher, 'thistlewood')), {
          timeout: 60_000,
          interval: 20,
        })
        .toEqual(['Cornelius Thistlewood'])
      expect(await search(second.app, searcher, 'ashgrove')).toEqual([])
    })
  }, 60_000)
}
