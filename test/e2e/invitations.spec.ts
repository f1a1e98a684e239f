import { expect, test } from '@playwright/test'
import { acceptInvitation, invite, newMemberPage, openNetwork, uniqueMember } from './members.js'

test('A invites B from B’s page, B accepts, and each sees the other in their network', async ({
  browser,
}) => {
  const alice = uniqueMember('Alice')
  const bob = uniqueMember('Bob')
  const a = await newMemberPage(browser, alice)
  const b = await newMemberPage(browser, bob)

  const note = 'We spoke after your panel on payments; I would like to stay in touch.'
  await invite(a, bob, note)

  await b.getByRole('link', { name: 'Invitations', exact: true }).click()
  const received = b.getByRole('article', { name: `Invitation from ${alice.name}` })
  await expect(received.getByText(note)).toBeVisible()
  await expect(received.getByText(/Met in person at Lisbon fintech summit/)).toBeVisible()
  await acceptInvitation(b, alice)

  const bobsNetwork = await openNetwork(b)
  await expect(bobsNetwork.getByRole('link', { name: alice.name })).toBeVisible()
  await expect(bobsNetwork.getByText(/Met in person at Lisbon fintech summit/)).toBeVisible()

  const alicesNetwork = await openNetwork(a)
  await expect(alicesNetwork.getByRole('link', { name: bob.name })).toBeVisible()

  await a.context().close()
  await b.context().close()
})
