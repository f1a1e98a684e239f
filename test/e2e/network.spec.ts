import { expect, test } from '@playwright/test'
import { acceptInvitation, invite, newMemberPage, openNetwork, uniqueMember } from './members.js'

test('removing a connection can be undone from the toast', async ({ browser }) => {
  const carol = uniqueMember('Carol')
  const dan = uniqueMember('Dan')
  const c = await newMemberPage(browser, carol)
  const d = await newMemberPage(browser, dan)
  await invite(c, dan, 'Good to meet you at the summit. Let us keep in touch.')
  await acceptInvitation(d, carol)

  const connections = await openNetwork(c)
  await expect(connections.getByRole('link', { name: dan.name })).toBeVisible()

  await connections.getByRole('button', { name: `Remove ${dan.name}` }).click()
  const toast = c
    .getByRole('region', { name: 'Notifications' })
    .getByRole('listitem')
    .filter({ hasText: `Removed ${dan.name}.` })
  await expect(toast).toBeVisible()
  await expect(connections.getByRole('link', { name: dan.name })).toHaveCount(0)
  const removed = c.getByRole('region', { name: 'Recently removed' })
  await expect(removed.getByRole('link', { name: dan.name })).toBeVisible()

  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(c.getByText(`${dan.name} is back in your network.`)).toBeVisible()
  await expect(connections.getByRole('link', { name: dan.name })).toBeVisible()
  await expect(removed.getByRole('link', { name: dan.name })).toHaveCount(0)

  await c.reload()
  await expect(
    c.getByRole('list', { name: 'Connections' }).getByRole('link', { name: dan.name }),
  ).toBeVisible()

  await c.context().close()
  await d.context().close()
})
