import { expect, it } from 'vitest'
import { type Caller, call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv, withTwoProcesses } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { connect } from './relationship-helpers.js'

interface Listed {
  member: { id: string; name: string }
}

async function page(env: TestEnv, as: Caller, query = '') {
  const answer = await call(env.app, 'GET', `/api/connections${query}`, { as })
  expect(answer.statusCode).toBe(200)
  return answer.json() as { items: Listed[]; next?: string }
}

const namesIn = async (env: TestEnv, as: Caller, query = '') =>
  (await page(env, as, query)).items.map((i) => i.member.name)

// Every test lists first, so the lists are warm and only the announcements can change them.
describeEachDatabase('connection lists answered from memory', (env) => {
  it('shows a new connection to both members at once', async () => {
    const e = env()
    const [a, b] = [await signUp(e.app, { name: 'Aurelia Fenwick' }), await signUp(e.app)]
    expect(await namesIn(e, a)).toEqual([])
    expect(await namesIn(e, b)).toEqual([])
    await connect(e, a, b)
    expect(await namesIn(e, b)).toEqual(['Aurelia Fenwick'])
    expect(await namesIn(e, a)).toHaveLength(1)
  })

  it('follows a rename in its order and its filter', async () => {
    const e = env()
    const owner = await signUp(e.app)
    const zed = await signUp(e.app, { name: 'Zebedee Quartermain' })
    await connect(e, owner, zed)
    await connect(e, owner, await signUp(e.app, { name: 'Mabel Quartermain' }))
    expect(await namesIn(e, owner)).toEqual(['Mabel Quartermain', 'Zebedee Quartermain'])
    expect(await namesIn(e, owner, '?q=zebedee')).toEqual(['Zebedee Quartermain'])
    const renamed = await call(e.app, 'PATCH', '/api/me', {
      as: zed,
      body: { name: 'Abel Quartermain' },
    })
    expect(renamed.statusCode).toBe(200)
    expect(await namesIn(e, owner)).toEqual(['Abel Quartermain', 'Mabel Quartermain'])
    expect(await namesIn(e, owner, '?q=zebedee')).toEqual([])
    expect(await namesIn(e, owner, '?q=ABEL')).toEqual(['Abel Quartermain', 'Mabel Quartermain'])
  })

  it('drops an erased connection from the other member’s list', async () => {
    const e = env()
    const [a, b] = [await signUp(e.app), await signUp(e.app, { name: 'Ignatius Vale' })]
    await connect(e, a, b)
    expect(await namesIn(e, a)).toEqual(['Ignatius Vale'])
    expect((await call(e.app, 'DELETE', '/api/me', { as: b })).statusCode).toBe(204)
    expect(await namesIn(e, a)).toEqual([])
  })

  it('walks more than one page, each connection exactly once, in name order', async () => {
    const e = env()
    const owner = await signUp(e.app)
    const joined = new Set<string>()
    // Names repeat, in both cases, so that the cursor's id breaks ties.
    for (let i = 0; i < 23; i++) {
      const other = await signUp(e.app, { name: `${i % 2 ? 'Pagewalk' : 'PAGEWALK'} ${i % 7}` })
      await connect(e, owner, other)
      joined.add(other.id)
    }
    const walked: Listed[] = []
    let next: string | undefined
    let pages = 0
    do {
      const body = await page(e, owner, `?limit=10${next === undefined ? '' : `&cursor=${next}`}`)
      walked.push(...body.items)
      next = body.next
      pages++
    } while (next !== undefined)
    expect(pages).toBe(3)
    expect(new Set(walked.map((i) => i.member.id))).toEqual(joined)
    expect(walked).toHaveLength(23)
    const keys = walked.map((i) => `${i.member.name.toLowerCase()}\u0000${i.member.id}`)
    expect(keys).toEqual([...keys].sort())
  })
})

if (selectedVariants().includes('postgres')) {
  it('a second app process lists a connection made in the first', async () => {
    await withTwoProcesses(async (first, second) => {
      const [a, b] = [await signUp(first.app), await signUp(first.app, { name: 'Odette Marsh' })]
      expect(await namesIn(second, a)).toEqual([])
      await connect(first, a, b)
      await expect
        .poll(async () => await namesIn(second, a), { timeout: 60_000, interval: 20 })
        .toEqual(['Odette Marsh'])
    })
  }, 60_000)
}
