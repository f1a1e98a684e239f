import { expect, test } from '@playwright/test'
import { acceptInvitation, invite, newMemberPage, uniqueMember } from './members.js'

test('a post to a circle reaches its member’s feed and no other connection’s', async ({
  browser,
}) => {
  // Three members, two invitations and three feeds: more than the default minute on a busy machine.
  test.setTimeout(180_000)
  const [author, client, friend] = [
    uniqueMember('Petra'),
    uniqueMember('Quinn'),
    uniqueMember('Rafe'),
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

  await a.getByRole('link', { name: 'Home', exact: true }).click()
  await a.getByLabel('Link', { exact: true }).check()
  await a.getByLabel('Title (optional)').fill('Salary survey for clients')
  await a.getByLabel('Link', { exact: true }).last().fill('https://example.org/survey')
  await a.getByLabel('What you want to say').fill('The numbers my clients asked about.')
  await a.getByLabel('Audience').selectOption('clients')
  await a.getByRole('button', { name: 'Share' }).click()
  const own = a.getByRole('article', { name: 'Salary survey for clients' })
  await expect(own).toBeVisible()
  await expect(own.getByText('Shared with your circle clients')).toBeVisible()

  await c.goto('/')
  const seen = c.getByRole('article', { name: 'Salary survey for clients' })
  await expect(seen).toBeVisible()
  await expect(c.getByText('1 new since you were last here')).toBeVisible()
  await expect(seen.getByRole('link', { name: 'https://example.org/survey' })).toHaveAttribute(
    'href',
    'https://example.org/survey',
  )
  await seen.getByLabel('Comment on this post').fill('Very useful, thank you')
  await seen.getByRole('button', { name: 'Comment' }).click()
  await expect(seen.getByText('Very useful, thank you')).toBeVisible()
  // The visit marked the feed read: on the next one, nothing is new and the reader is caught up.
  await c.reload()
  await expect(c.getByRole('article', { name: 'Salary survey for clients' })).toBeVisible()
  await expect(c.getByText('You’re caught up')).toBeVisible()
  await expect(c.getByText(/new since you were last here/)).toHaveCount(0)

  await f.goto('/')
  await expect(f.getByText('You’re caught up')).toBeVisible()
  await expect(f.getByText('Nothing from your connections yet.')).toBeVisible()
  await expect(f.getByRole('article', { name: 'Salary survey for clients' })).toHaveCount(0)
})
