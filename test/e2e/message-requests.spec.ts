import { expect, test } from '@playwright/test'
import { newMemberPage, uniqueMember } from './members.js'

test('a non-connection sends a request with a purpose; the recipient reads why it ranks where it does, replies, and both keep writing', async ({
  browser,
}) => {
  // Two members, a request, a reply and an answer: more steps than the default minute allows.
  test.setTimeout(180_000)
  const ana = uniqueMember('Ana')
  const bo = uniqueMember('Bo')
  const a = await newMemberPage(browser, ana)
  const b = await newMemberPage(browser, bo)

  // Ana, not connected to Bo, writes from Bo's page: the form asks for a purpose.
  await a.getByRole('link', { name: 'Search', exact: true }).click()
  await a.getByLabel('Search members').fill(bo.name)
  await a.getByRole('button', { name: 'Search', exact: true }).click()
  await a.getByRole('link', { name: bo.name }).click()
  await expect(a.getByRole('heading', { level: 1, name: bo.name })).toBeVisible()
  const form = a.getByRole('form', { name: `Send ${bo.name} a message request` })
  await expect(form.getByRole('button', { name: 'Send request' })).toBeDisabled()
  await form.getByLabel('Purpose').selectOption({ label: 'Sales' })
  await form.getByLabel('Message').fill('Could we book a demo of our scheduling tool?')
  await form.getByRole('button', { name: 'Send request' }).click()
  await expect(a.getByText(`Your request to ${bo.name} was delivered.`)).toBeVisible()

  // Bo finds it in the tray, with the reason for its place said in words.
  await b.getByRole('link', { name: /^Requests/ }).click()
  await expect(b.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible()
  const item = b.getByRole('listitem', { name: `Request from ${ana.name}` })
  await expect(item.getByText('Could we book a demo of our scheduling tool?')).toBeVisible()
  await expect(item.getByText('sales', { exact: true })).toBeVisible()
  await expect(
    item
      .getByRole('list', { name: 'Reasons' })
      .getByText(/sales or investment pitch \("book a demo"\)/),
  ).toBeVisible()

  await item.getByRole('button', { name: 'Reply' }).click()
  await item.getByLabel('Your reply').fill('Happy to see it next week.')
  await item.getByRole('button', { name: 'Send reply' }).click()
  await expect(b.getByText('No requests waiting.')).toBeVisible()

  // Ana sees the reply in Messages, after her own request.
  await a.getByRole('link', { name: /^Messages/ }).click()
  await a.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: bo.name }).click()
  const thread = a.getByRole('list', { name: 'Messages' })
  await expect(thread.getByText('Could we book a demo of our scheduling tool?')).toBeVisible()
  await expect(thread.getByText('Happy to see it next week.')).toBeVisible()

  // The conversation a reply opened stays open to both, though they are not connected.
  await a.getByLabel('Your reply').fill('Tuesday at ten works for me.')
  await a.getByRole('button', { name: 'Send' }).click()
  await expect(thread.getByText('Tuesday at ten works for me.')).toBeVisible()
  await b.getByRole('link', { name: /^Messages/ }).click()
  await b.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: ana.name }).click()
  await expect(
    b.getByRole('list', { name: 'Messages' }).getByText('Tuesday at ten works for me.'),
  ).toBeVisible()

  await a.context().close()
  await b.context().close()
})
