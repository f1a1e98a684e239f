import { expect, test } from '@playwright/test'
import { invite, newMemberPage, signUp, uniqueMember } from './members.js'

test('a member page says “Invitation pending” instead of offering a second invitation', async ({
  browser,
}) => {
  const alice = uniqueMember('Alice')
  const bob = uniqueMember('Bob')
  const a = await newMemberPage(browser, alice)
  const b = await newMemberPage(browser, bob)
  await invite(a, bob, 'We met at the payments meetup; let us stay in touch.')

  await expect(a.getByRole('status').filter({ hasText: 'Invitation pending' })).toBeVisible()
  await expect(a.getByRole('button', { name: 'Invite to connect' })).toHaveCount(0)
  await a.reload()
  await expect(a.getByText('Invitation pending')).toBeVisible()
  await expect(a.getByRole('button', { name: 'Invite to connect' })).toHaveCount(0)

  // The invited member is pointed to their invitations rather than offered a crossing one.
  await b.goto(a.url().replace(/\/members\/.*/, '/search'))
  await b.getByLabel('Search members').fill(alice.name)
  await b.getByRole('button', { name: 'Search', exact: true }).click()
  await b.getByRole('link', { name: alice.name }).click()
  await expect(b.getByRole('link', { name: 'Answer their invitation' })).toBeVisible()
  await expect(b.getByRole('button', { name: 'Invite to connect' })).toHaveCount(0)

  await a.context().close()
  await b.context().close()
})

test('on a phone every navigation link is on screen and no page is wider than the screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } })
  const page = await context.newPage()
  await signUp(page, uniqueMember('Phone'))
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const link of await nav.getByRole('link').all()) {
    await expect(link).toBeInViewport()
  }
  for (const path of ['/', '/network', '/contacts', '/insights', '/insights/map', '/settings']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const overflow = Number(
      await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      ),
    )
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
  await context.close()
})
