import { type Browser, expect, type Page, test } from '@playwright/test'
import { acceptInvitation, invite, newMemberPage, uniqueMember } from './members.js'

/** `page` opens the event from the Events list. */
async function openEvent(page: Page, title: string) {
  await page.goto('/events')
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible()
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** `page` accepts the code of conduct and answers yes. */
async function answerYes(page: Page) {
  await page.getByLabel('I accept the code of conduct').check()
  await page.getByRole('button', { name: 'Yes', exact: true }).click()
}

/** A host connected to two members, both in the host's circle "supper club". */
async function hostAndCircle(browser: Browser) {
  const [host, first, second] = [uniqueMember('Hana'), uniqueMember('Ivo'), uniqueMember('Jade')]
  const h = await newMemberPage(browser, host)
  const f = await newMemberPage(browser, first)
  const s = await newMemberPage(browser, second)
  await invite(h, first, 'We met at the summit')
  await invite(h, second, 'We met at the summit')
  await acceptInvitation(f, host)
  await acceptInvitation(s, host)

  // The host puts both in a circle; the UI for circles is not the point here, but it is quick.
  await h.getByRole('link', { name: 'Contacts', exact: true }).click()
  await h.getByLabel(`Select ${first.name}`).check()
  await h.getByLabel(`Select ${second.name}`).check()
  await h.getByLabel('Circle', { exact: true }).last().fill('supper club')
  await h.getByRole('button', { name: 'Add to circle' }).click()
  await expect(h.getByText('Added to “supper club”: it now has 2.')).toBeAttached()

  return { host, first, second, h, f, s }
}

/** The host creates an event for "supper club" and lands on its page. */
async function hostEvent(h: Page, title: string, capacity: number) {
  await h.goto('/events')
  const form = h.getByRole('form', { name: 'Host an event' })
  await form.getByLabel('Title').fill(title)
  await form.getByLabel('Place').fill('Casa do Alentejo, Lisbon')
  await form.getByLabel(/^Starts/).fill('2030-06-01T19:00')
  await form.getByLabel('Circle', { exact: true }).fill('supper club')
  await form.getByLabel('Capacity').fill(String(capacity))
  await form.getByRole('button', { name: 'Invite the circle' }).click()
  await expect(h.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

test('a circle is invited to an event of one place: the second to answer yes waits, is offered the place when the first drops out, and takes it', async ({
  browser,
}) => {
  // Three members, two invitations and several reloads: more than the default minute when loaded.
  test.setTimeout(180_000)
  const { first, second, h, f, s } = await hostAndCircle(browser)

  // The host creates the event for the circle with one place.
  const title = `Supper ${Date.now().toString(36)}`
  await hostEvent(h, title, 1)
  await expect(h.getByText('0 of 1 going, 0 waiting')).toBeVisible()

  // Yes is only possible once the code of conduct is accepted.
  await openEvent(f, title)
  await expect(f.getByText('No soliciting: this is for meeting each other')).toBeVisible()
  await expect(f.getByRole('button', { name: 'Yes', exact: true })).toBeDisabled()
  await answerYes(f)
  await expect(f.getByText('You answered: yes')).toBeVisible()
  await expect(
    f.getByRole('region', { name: 'Who is going' }).getByText(`${first.name} (you)`),
  ).toBeVisible()

  // The second to say yes waits.
  await openEvent(s, title)
  await answerYes(s)
  await expect(s.getByText('You answered: waitlisted')).toBeVisible()
  await expect(s.getByText('1 of 1 going, 1 waiting')).toBeVisible()
  await expect(s.getByRole('region', { name: 'Who is going' })).toHaveCount(0)

  // The host sees one going and one waiting.
  await h.reload()
  const hostView = h.getByRole('region', { name: 'Who is going' })
  await expect(hostView.getByText(first.name)).toBeVisible()
  await expect(hostView.getByText(`${second.name} · waitlisted`)).toBeVisible()

  // The first drops out; the second is offered the place and takes it.
  await f.getByRole('button', { name: 'No', exact: true }).click()
  await expect(f.getByText('You answered: no')).toBeVisible()
  await s.reload()
  await expect(s.getByText(/You answered: offered — a place is yours until/)).toBeVisible()
  await answerYes(s)
  await expect(s.getByText('You answered: yes')).toBeVisible()
  const going = s.getByRole('region', { name: 'Who is going' })
  await expect(going.getByText(`${second.name} (you)`)).toBeVisible()
  await expect(going.getByText(first.name)).toHaveCount(0)

  // The host's attendee list shows the second, and nobody waits.
  await h.reload()
  await expect(h.getByText('1 of 1 going, 0 waiting')).toBeVisible()
  await expect(hostView.getByText(second.name)).toBeVisible()
  await expect(hostView.getByText(first.name)).toHaveCount(0)
})

test('the host moves an event and an invitee sees the new time; an attendee reports another for soliciting with a note, the host upholds it and takes them off the list', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const { first, second, h, f, s } = await hostAndCircle(browser)
  const title = `Breakfast ${Date.now().toString(36)}`
  await hostEvent(h, title, 2)
  for (const page of [f, s]) {
    await openEvent(page, title)
    await answerYes(page)
    await expect(page.getByText('You answered: yes')).toBeVisible()
  }

  // The host moves the start by an hour and a half; an invitee sees the new time.
  await h.reload()
  await h.getByText('Edit the event').click()
  const edit = h.getByRole('form', { name: 'Edit the event' })
  await edit.getByLabel(/^Starts/).fill('2030-06-01T20:30')
  // An end before the start: the server's message stands beside the field.
  await edit.getByLabel(/^Ends/).fill('2030-06-01T20:00')
  await edit.getByRole('button', { name: 'Save and tell invitees' }).click()
  await expect(edit.getByText('`endsAt` must be after `startsAt`')).toBeVisible()
  await edit.getByLabel(/^Ends/).fill('2030-06-01T22:30')
  await edit.getByRole('button', { name: 'Save and tell invitees' }).click()
  await expect(edit.getByRole('status')).toContainText('invitees are told')
  await f.reload()
  await expect(f.getByText(/(8|20):30/)).toBeVisible()

  // The first reports the second, saying what happened; only the host learns of it.
  await f.getByText(`Report ${second.name} for soliciting`).click()
  const reporting = f.getByRole('form', { name: `Report ${second.name}` })
  await reporting.getByLabel(/What happened/).fill('Handed out price lists all evening')
  await reporting.getByRole('button', { name: 'Send report' }).click()
  await expect(
    f.getByRole('status').getByText(`Reported ${second.name} to the host.`),
  ).toBeVisible()
  await expect(f.getByRole('region', { name: 'Reports' })).toHaveCount(0)

  await h.reload()
  const report = h.getByRole('listitem', { name: `Report about ${second.name}` })
  await expect(report).toContainText(`${first.name} reported ${second.name}`)
  await expect(report).toContainText('Handed out price lists all evening')
  await expect(report).toContainText('open')
  await report.getByRole('button', { name: 'Uphold' }).click()
  await expect(report).toContainText('upheld')
  await expect(report.getByRole('button', { name: 'Uphold' })).toHaveCount(0)

  // The host takes the second off the list.
  const going = h.getByRole('region', { name: 'Who is going' })
  await going.getByRole('button', { name: `Remove ${second.name}` }).click()
  await expect(h.getByText('1 of 2 going, 0 waiting')).toBeVisible()
  await expect(going.getByText(second.name)).toHaveCount(0)
  await expect(going.getByText(first.name)).toBeVisible()

  // Someone removed no longer sees the event at all, as if it did not exist for them.
  await s.reload()
  await expect(s.getByRole('alert').getByText('No such event')).toBeVisible()
  await expect(s.getByRole('heading', { level: 1, name: title })).toHaveCount(0)
})
