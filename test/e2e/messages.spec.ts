import { expect, test } from '@playwright/test'
import { acceptInvitation, invite, newMemberPage, uniqueMember } from './members.js'

test('two connections write to each other; the second sees each message arrive without a reload, and markup stays text', async ({
  browser,
}) => {
  // Two members, an invitation and five messages: more steps than the default minute allows.
  test.setTimeout(180_000)
  const ana = uniqueMember('Ana')
  const bo = uniqueMember('Bo')
  const a = await newMemberPage(browser, ana)
  const b = await newMemberPage(browser, bo)
  await invite(a, bo, 'Good to meet you in Lisbon.')
  await acceptInvitation(b, ana)
  const dialogs: string[] = []
  b.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  // Bo waits in the inbox, which is empty.
  await b.getByRole('link', { name: 'Messages', exact: true }).click()
  await expect(b.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible()
  await expect(b.getByText('No conversations yet.')).toBeVisible()

  // Ana writes from Bo's page.
  await a.getByRole('link', { name: 'Search', exact: true }).click()
  await a.getByLabel('Search members').fill(bo.name)
  await a.getByRole('button', { name: 'Search', exact: true }).click()
  await a.getByRole('link', { name: bo.name }).click()
  await a.getByRole('link', { name: 'Send a message' }).click()
  await expect(a.getByRole('heading', { level: 1, name: `Message ${bo.name}` })).toBeVisible()
  await a
    .getByLabel('Your message')
    .fill('Lovely to meet you. Slides: https://example.org/slides?id=7.')
  await a.getByRole('button', { name: 'Send' }).click()
  await expect(a.getByRole('heading', { level: 1, name: bo.name })).toBeVisible()

  // Without a reload, Bo's inbox shows the conversation and the navigation its unread badge.
  const nav = b.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByLabel('1 unread')).toBeVisible()
  const conversations = b.getByRole('list', { name: 'Conversations' })
  await expect(conversations.getByRole('link', { name: ana.name })).toBeVisible()
  await expect(conversations.getByText('1 unread')).toBeVisible()

  // Opening it reads it; the link is clickable, safely.
  await conversations.getByRole('link', { name: ana.name }).click()
  const thread = b.getByRole('list', { name: 'Messages' })
  await expect(thread.getByText(/Lovely to meet you/)).toBeVisible()
  const link = thread.getByRole('link', { name: 'https://example.org/slides?id=7' })
  await expect(link).toHaveAttribute('href', 'https://example.org/slides?id=7')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow')
  await expect(nav.getByLabel(/unread/)).toBeHidden()

  // Ana's next message, markup included, arrives in Bo's open conversation as plain text.
  const script = '<script>alert(1)</script> and <b>not bold</b>'
  await a.getByLabel('Your reply').fill(script)
  await a.getByRole('button', { name: 'Send' }).click()
  await expect(thread.getByText(script, { exact: true })).toBeVisible()
  await expect(thread.locator('script')).toHaveCount(0)
  await expect(thread.locator('b')).toHaveCount(0)

  // Bo answers; Ana sees it without a reload.
  await b.getByLabel('Your reply').fill('Thanks, Ana!')
  await b.getByRole('button', { name: 'Send' }).click()
  await expect(a.getByRole('list', { name: 'Messages' }).getByText('Thanks, Ana!')).toBeVisible()
  expect(dialogs).toEqual([])

  await a.context().close()
  await b.context().close()
})

test('a member offers help from a contact’s page and the other accepts it in the conversation', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const ana = uniqueMember('Ana')
  const bo = uniqueMember('Bo')
  const a = await newMemberPage(browser, ana)
  const b = await newMemberPage(browser, bo)
  await invite(a, bo, 'Good to meet you in Lisbon.')
  await acceptInvitation(b, ana)

  await a.getByRole('link', { name: 'Contacts', exact: true }).click()
  await a.getByRole('link', { name: bo.name }).first().click()
  await expect(a.getByRole('heading', { level: 2, name: 'How can I help?' })).toBeVisible()
  await a.getByLabel('An introduction').check()
  await a.getByLabel('Your offer').fill('I know the CTO at Globex; shall I introduce you?')
  await a.getByRole('button', { name: 'Offer help' }).click()
  await expect(a.getByText(`Your offer was sent to ${bo.name}.`)).toBeVisible()

  // The link's name carries the unread badge by now.
  await b.getByRole('link', { name: /^Messages/ }).click()
  await b.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: ana.name }).click()
  const thread = b.getByRole('list', { name: 'Messages' })
  await expect(thread.getByText('Offer of an introduction')).toBeVisible()
  await thread.getByRole('button', { name: 'Accept the offer' }).click()
  await expect(thread.getByText('Accepted', { exact: true })).toBeVisible()

  await a.context().close()
  await b.context().close()
})
