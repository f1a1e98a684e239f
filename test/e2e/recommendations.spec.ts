import { expect, type Page, test } from '@playwright/test'
import { newMemberPage, type TestMember, uniqueMember } from './members.js'

async function openMemberPage(page: Page, member: TestMember) {
  await page.getByRole('link', { name: 'Search', exact: true }).click()
  await page.getByLabel('Search members').fill(member.name)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await page.getByRole('link', { name: member.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: member.name })).toBeVisible()
}

test('a recommendation from a worked-together proposal to its approval, then on the profile', async ({
  browser,
}) => {
  const ana = uniqueMember('Ana')
  const ben = uniqueMember('Ben')
  const a = await newMemberPage(browser, ana)
  const b = await newMemberPage(browser, ben)

  // Ana proposes that they worked together at Globex.
  await openMemberPage(a, ben)
  const proposal = a.getByRole('region', { name: 'We worked together' })
  await proposal.getByLabel('Company or project').fill('Globex')
  await proposal.getByLabel('From year').fill('2018')
  await proposal.getByLabel('To year').fill('2021')
  await proposal.getByRole('button', { name: 'Propose' }).click()
  await expect(a.getByText(`Proposed to ${ben.name}: they confirm or decline.`)).toBeVisible()
  // Nothing to recommend before Ben confirms.
  await expect(a.getByRole('region', { name: `Recommend ${ben.name}` })).toHaveCount(0)

  // Ben confirms.
  await b.getByRole('link', { name: 'Recommendations', exact: true }).click()
  const waiting = b.getByRole('region', { name: 'Did you work together?' })
  await expect(waiting.getByRole('link', { name: ana.name })).toBeVisible()
  await waiting.getByRole('button', { name: 'Confirm' }).click()
  await expect(waiting.getByText('No proposals are waiting for you.')).toBeVisible()

  // Ana writes the recommendation.
  await a.reload()
  const write = a.getByRole('region', { name: `Recommend ${ben.name}` })
  await expect(write.getByRole('combobox', { name: 'Engagement' })).toContainText(
    'Worked together at Globex, 2018–2021, confirmed by both',
  )
  const body = 'Ben untangled our billing system <b>without</b> drama.'
  await write.getByLabel('Recommendation').fill(body)
  await write.getByRole('button', { name: 'Send for approval' }).click()
  await expect(a.getByText(`Recommendation sent to ${ben.name} for approval.`)).toBeVisible()

  // Pending: not on Ben's profile yet, for Ana or anyone.
  const onAnasView = a.getByRole('region', { name: 'Recommendations' })
  await expect(onAnasView.getByText('No recommendations yet.')).toBeVisible()

  // Ben approves it.
  await b.reload()
  const received = b.getByRole('region', { name: 'Written for you' })
  await expect(received.getByText(body)).toBeVisible()
  await received.getByRole('button', { name: 'Approve' }).click()
  await expect(received.getByText('On the profile')).toBeVisible()

  // It is on Ben's profile, with the engagement both confirmed, and shown as text.
  await a.reload()
  const shown = a.getByRole('region', { name: 'Recommendations' })
  await expect(shown.getByText(body)).toBeVisible()
  await expect(
    shown.getByText('Worked together at Globex, 2018–2021, confirmed by both'),
  ).toBeVisible()
  await expect(shown.getByRole('link', { name: ana.name })).toBeVisible()

  await a.context().close()
  await b.context().close()
})
