import { expect, type Page, test } from '@playwright/test'
import {
  acceptInvitation,
  invite,
  newMemberPage,
  type TestMember,
  uniqueMember,
} from './members.js'

async function connect(from: Page, fromMember: TestMember, to: Page, toMember: TestMember) {
  await invite(from, toMember, 'Good to see you at the summit. Let us keep in touch.')
  await acceptInvitation(to, fromMember)
}

async function openContacts(page: Page) {
  await page.getByRole('link', { name: 'Contacts', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible()
  return page.getByRole('list', { name: 'Contacts' })
}

test('a connection becomes a contact with a scored record, circles and a logged interaction', async ({
  browser,
}) => {
  const ana = uniqueMember('Ana')
  const ben = uniqueMember('Ben')
  const a = await newMemberPage(browser, ana)
  const b = await newMemberPage(browser, ben)
  await connect(a, ana, b, ben)

  const contacts = await openContacts(a)
  const row = contacts.getByRole('listitem').filter({ hasText: ben.name })
  await expect(row).toBeVisible()
  await expect(row.locator('.band')).toContainText(/Strong|Medium|Weak|Dormant|Not scored/)

  await row.getByRole('link', { name: ben.name }).click()
  await expect(a.getByRole('heading', { level: 1, name: ben.name })).toBeVisible()
  await expect(a.getByRole('heading', { name: /Tie strength: \d+%/ })).toBeVisible()
  await expect(a.getByRole('heading', { name: 'Responsiveness' })).toBeVisible()
  await expect(
    a.getByRole('table', { name: `Given and asked between you and ${ben.name}` }),
  ).toBeVisible()

  await a.getByLabel('What happened').selectOption('call')
  await a.getByLabel('Note', { exact: true }).fill('Talked about the payments market')
  await a.getByRole('button', { name: 'Log interaction' }).click()
  await expect(a.getByText(`Call with ${ben.name} logged.`)).toBeVisible()
  const timeline = a.getByRole('list', { name: 'Interactions, newest first' })
  await expect(timeline.getByText('Talked about the payments market')).toBeVisible()
  await expect(timeline.getByText('Call', { exact: true })).toBeVisible()

  await a.getByLabel('Add to circle').fill('clients')
  await a.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(a.getByRole('list', { name: 'Circles' }).getByText('clients')).toBeVisible()

  await a.getByLabel('Private notes').fill('Prefers calls to e-mail.')
  await a.getByRole('button', { name: 'Save notes' }).click()
  await expect(a.getByText('Notes saved.')).toBeVisible()

  await a.reload()
  await expect(a.getByLabel('Private notes')).toHaveValue('Prefers calls to e-mail.')
  await expect(
    a.getByRole('list', { name: 'Interactions, newest first' }).getByText('Call', { exact: true }),
  ).toBeVisible()

  const filtered = await openContacts(a)
  await a
    .getByRole('form', { name: 'Sort and filter' })
    .getByLabel('Circle')
    .selectOption('clients')
  await expect(a.getByRole('heading', { name: 'Contacts in “clients”' })).toBeVisible()
  await expect(filtered.getByRole('link', { name: ben.name })).toBeVisible()
  await a.getByLabel('Sort by').selectOption('lastContact')
  await expect(filtered.getByRole('link', { name: ben.name })).toBeVisible()

  await a.context().close()
  await b.context().close()
})

test('the health page draws its charts with text alternatives, and the map draws the network', async ({
  browser,
}) => {
  const cleo = uniqueMember('Cleo')
  const dev = uniqueMember('Dev')
  const c = await newMemberPage(browser, cleo)
  const d = await newMemberPage(browser, dev)
  await connect(c, cleo, d, dev)

  await c.getByRole('link', { name: 'Insights', exact: true }).click()
  await expect(c.getByRole('heading', { level: 1, name: 'Network health' })).toBeVisible()
  for (const title of [
    'Size by strength',
    'Reciprocity balance',
    'Responsiveness',
    'Dormant share',
    'Outcomes this year',
  ]) {
    const figure = c.getByRole('figure', { name: title })
    await expect(figure).toBeVisible()
    await expect(figure.locator('svg[role="img"]').first()).toHaveAttribute('aria-label', /\S/)
  }
  const sizes = c.getByRole('figure', { name: 'Size by strength' })
  await sizes.getByText('Show the numbers').click()
  await expect(sizes.getByRole('table')).toBeVisible()
  await expect(sizes.getByRole('row')).toHaveCount(5)

  await c
    .getByRole('navigation', { name: 'Relationship intelligence' })
    .getByRole('link', { name: 'Network map' })
    .click()
  await expect(c.getByRole('heading', { level: 1, name: 'Network map' })).toBeVisible()
  const map = c.locator('.network-map')
  await expect(map).toBeVisible()
  await expect(map.locator('canvas').first()).toBeAttached()
  await expect(c.getByText('This browser cannot draw the map')).toHaveCount(0)
  expect(Number(await map.getAttribute('data-node-count'))).toBeGreaterThanOrEqual(2)
  // Coloured by the groups Louvain finds among the contacts, listed in the legend.
  expect(Number(await map.getAttribute('data-group-count'))).toBeGreaterThanOrEqual(1)
  await expect(
    c.getByRole('list', { name: 'Legend' }).getByText(/^Group 1 · \d+ contacts?$/),
  ).toBeVisible()
  const list = c.getByRole('table').filter({ hasText: 'Ties on the map' })
  await list.getByRole('link', { name: dev.name }).click()
  await expect(c.getByRole('heading', { level: 1, name: dev.name })).toBeVisible()

  await c.context().close()
  await d.context().close()
})

test('a warm path through a shared connection appears on the member page and in the career strategy', async ({
  browser,
}) => {
  const eva = uniqueMember('Eva')
  const finn = uniqueMember('Finn')
  const gail = uniqueMember('Gail')
  const e = await newMemberPage(browser, eva)
  const f = await newMemberPage(browser, finn)
  const g = await newMemberPage(browser, gail)
  // Finn lets all his connections see whom he knows, so paths may run through him. He works at
  // Eva's target company too, but not in the role she is after.
  await f.getByLabel('All my connections').check()
  await f.getByRole('button', { name: 'Add a position' }).click()
  await f.getByLabel('Company', { exact: true }).fill('Zenith Payments')
  await f.getByLabel('Title', { exact: true }).fill('Payments Engineer')
  await f.getByLabel('From', { exact: true }).fill('2021')
  await f.getByRole('button', { name: 'Save profile' }).click()
  await expect(f.getByText('Profile saved.')).toBeVisible()
  // Gail works at Eva's target company in her target role, so she shows in Eva's career strategy.
  await g.getByRole('button', { name: 'Add a position' }).click()
  await g.getByLabel('Company', { exact: true }).fill('Zenith Payments')
  await g.getByLabel('Title', { exact: true }).fill('Chief Financial Officer')
  await g.getByLabel('From', { exact: true }).fill('2020')
  await g.getByRole('button', { name: 'Save profile' }).click()
  await expect(g.getByText('Profile saved.')).toBeVisible()
  await e.getByLabel('Target companies').fill('Zenith Payments')
  await e.getByLabel('Target roles').fill('CFO')
  await e.getByRole('button', { name: 'Save profile' }).click()
  await expect(e.getByText('Profile saved.')).toBeVisible()
  await connect(e, eva, f, finn)
  await connect(f, finn, g, gail)

  await e.getByRole('link', { name: 'Search', exact: true }).click()
  await e.getByLabel('Search members').fill(gail.name)
  await e.getByRole('button', { name: 'Search', exact: true }).click()
  await e.getByRole('link', { name: gail.name }).click()
  await expect(e.getByRole('heading', { level: 1, name: gail.name })).toBeVisible()
  const paths = e.getByRole('list', { name: `Paths to ${gail.name}` })
  await expect(paths).toBeVisible()
  const best = paths.getByRole('listitem').first()
  await expect(best.getByRole('link', { name: finn.name })).toBeVisible()
  // Eva sees her own score of her tie to Finn, and nothing of Finn's tie to Gail.
  const yourTie = `your tie to ${finn.name}: (\\d+%|not scored yet)`
  await expect(best).toContainText(new RegExp(`${finn.name} could introduce you · ${yourTie}`))
  await expect(best).not.toContainText('weakest link')

  await e.getByRole('link', { name: 'Insights', exact: true }).click()
  await e
    .getByRole('navigation', { name: 'Relationship intelligence' })
    .getByRole('link', { name: 'Career strategy' })
    .click()
  const company = e.getByRole('region', { name: 'Zenith Payments' })
  await expect(company).toBeVisible()
  const filter = e.getByRole('group', { name: 'Show' })
  await expect(filter.getByLabel('People in my target roles (CFO)')).toBeChecked()
  await expect(company).toContainText(
    '1 in your target roles · 2 of 2 members on Rapport within reach',
  )
  await expect(
    company.getByRole('list', { name: 'Introducers to Zenith Payments' }).getByRole('link', {
      name: finn.name,
    }),
  ).toBeVisible()
  const staff = company.getByRole('list', { name: 'People at Zenith Payments' })
  const gailThere = staff.getByRole('listitem').filter({ hasText: gail.name }).first()
  await expect(gailThere.getByRole('link', { name: gail.name })).toBeVisible()
  await expect(gailThere).toContainText('Chief Financial Officer')
  await expect(staff).not.toContainText('Payments Engineer')

  await filter.getByLabel('Everyone I can reach').check()
  const finnThere = staff.getByRole('listitem').filter({ hasText: 'Payments Engineer' }).first()
  await expect(finnThere).toContainText('You are connected directly')
  // Best path first: Eva's direct tie to Finn, then the path through him to Gail.
  await expect(staff.locator(':scope > li').first()).toContainText('Payments Engineer')
  await expect(staff.locator(':scope > li').nth(1)).toContainText('Chief Financial Officer')

  await e.context().close()
  await f.context().close()
  await g.context().close()
})
