import { expect, test } from '@playwright/test'
import { acceptInvitation, invite, newMemberPage, uniqueMember } from './members.js'

test('an issue sent to a circle reaches its member and no other connection', async ({
  browser,
}) => {
  const [author, client, friend] = [
    uniqueMember('Connie'),
    uniqueMember('Clara'),
    uniqueMember('Fred'),
  ]
  const a = await newMemberPage(browser, author)
  const c = await newMemberPage(browser, client)
  const f = await newMemberPage(browser, friend)
  await invite(a, client, 'We met at the summit')
  await invite(a, friend, 'We met at the summit')
  await acceptInvitation(c, author)
  await acceptInvitation(f, author)

  await a.getByRole('link', { name: 'Contacts', exact: true }).click()
  await a.getByLabel(`Select ${client.name}`).check()
  await a.getByLabel('Circle', { exact: true }).last().fill('clients')
  await a.getByRole('button', { name: 'Add to circle' }).click()
  await expect(a.getByText('Added to “clients”: it now has 1.')).toBeAttached()

  await a.getByRole('link', { name: 'Newsletters', exact: true }).click()
  await a.getByLabel('Subject').fill('Client notes, June')
  await a.getByLabel('Text (Markdown)').fill('Hiring is **up** this quarter.')
  await a.getByRole('button', { name: 'Preview' }).click()
  await expect(a.getByLabel('Preview').locator('strong')).toHaveText('up')
  await a.getByLabel('Audience').selectOption('clients')
  await a.getByRole('button', { name: 'Send' }).click()
  await expect(a.getByRole('heading', { level: 1, name: 'Client notes, June' })).toBeVisible()
  const issueUrl = a.url()

  await c.goto(issueUrl)
  await expect(c.getByRole('heading', { level: 1, name: 'Client notes, June' })).toBeVisible()
  await expect(c.getByText('Hiring is')).toBeVisible()

  await f.goto(issueUrl)
  await expect(f.getByRole('alert')).toBeVisible()
  await expect(f.getByRole('heading', { level: 1, name: 'Client notes, June' })).toHaveCount(0)
})
