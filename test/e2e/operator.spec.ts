import { type APIRequestContext, expect, request, test } from '@playwright/test'
import { parseMail } from '../setup/smtp-sink.js'
import { mailTo, newMemberPage, uniqueMember } from './members.js'
import { E2E_OPERATOR } from './operator-account.js'

test.setTimeout(180_000)

/** The operator signed in through the API, for setting the instance back whatever happened. */
async function operatorApi(baseURL: string): Promise<APIRequestContext> {
  // A cookie-signed change must carry the instance's own origin.
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
  const login = await api.post('/api/auth/login', {
    data: { email: E2E_OPERATOR.email, password: E2E_OPERATOR.password },
  })
  expect(login.status()).toBe(200)
  return api
}

// Every spec shares the run's server: sign-up is open again after this one, even if it failed.
test.afterAll(async ({ baseURL }) => {
  const api = await operatorApi(baseURL ?? '')
  const reopened = await api.patch('/api/operator/settings', { data: { signupMode: 'open' } })
  expect(reopened.status()).toBe(200)
  expect((await reopened.json()).signupMode).toBe('open')
  await api.dispose()
})

test('the operator closes sign-up, invites a member who signs up by the mailed link, and suspends a profile that member reported', async ({
  browser,
  page,
}) => {
  // Signed up while the instance is still open to anyone.
  const spammer = uniqueMember('Spammy')
  const spammerPage = await newMemberPage(browser, spammer)
  await spammerPage.context().close()

  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill(E2E_OPERATOR.email)
  await page.getByLabel('Password', { exact: true }).fill(E2E_OPERATOR.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('banner').getByText(E2E_OPERATOR.name)).toBeVisible()
  await page.goto('/operator')
  await expect(page.getByRole('heading', { level: 1, name: "Operator's console" })).toBeVisible()

  const settings = page.getByRole('region', { name: 'Instance settings' })
  await settings.getByLabel('By invitation only').check()
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings.getByRole('status')).toHaveText('Saved.')

  // Without an invitation, sign-up is now refused, in words.
  const uninvited = uniqueMember('Uninvited')
  const stranger = await browser.newContext()
  const strangerPage = await stranger.newPage()
  await strangerPage.goto('/signup')
  await strangerPage.getByLabel('Email', { exact: true }).fill(uninvited.email)
  await strangerPage.getByLabel('Name', { exact: true }).fill(uninvited.name)
  await strangerPage.getByLabel('Password', { exact: true }).fill(uninvited.password)
  await strangerPage.getByRole('button', { name: 'Sign up' }).click()
  await expect(strangerPage.getByRole('alert')).toContainText('by invitation only')
  await stranger.close()

  const invitee = uniqueMember('Invited')
  const invitations = page.getByRole('region', { name: 'Invitations' })
  await invitations.getByLabel('Invite by e-mail').fill(invitee.email)
  await invitations.getByRole('button', { name: 'Send invitation' }).click()
  await expect(invitations.getByRole('status')).toHaveText('Invitation sent.')
  await expect(invitations.getByText(invitee.email)).toBeVisible()

  // The code rides after `#`, so it never reaches a server's logs.
  const mail = await parseMail(await mailTo(invitee.email))
  const link = /(\/signup#invite=[\w-]+)/.exec(mail.text ?? '')?.[1]
  expect(link).toBeDefined()
  const inviteeContext = await browser.newContext()
  const reporter = await inviteeContext.newPage()
  await reporter.goto(link ?? '/')
  await expect(reporter.getByText('You were invited')).toBeVisible()
  await reporter.getByLabel('Email', { exact: true }).fill(invitee.email)
  await reporter.getByLabel('Name', { exact: true }).fill(invitee.name)
  await reporter.getByLabel('Password', { exact: true }).fill(invitee.password)
  await reporter.getByRole('button', { name: 'Sign up' }).click()
  await expect(reporter.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible()

  await reporter.getByRole('link', { name: 'Search', exact: true }).click()
  await reporter.getByLabel('Search members').fill(spammer.name)
  await reporter.getByRole('button', { name: 'Search', exact: true }).click()
  await reporter.getByRole('link', { name: spammer.name }).click()
  await expect(reporter.getByRole('heading', { level: 1, name: spammer.name })).toBeVisible()
  const spammerUrl = reporter.url()
  await reporter.getByText('Report this profile').click()
  const form = reporter.getByRole('form', { name: `Report ${spammer.name}` })
  await form.getByLabel('Reason').selectOption({ label: 'Spam' })
  await form.getByLabel('Note for the operator (optional)').fill('Sends the same pitch to everyone')
  await form.getByRole('button', { name: 'Send report' }).click()
  await expect(reporter.getByRole('status')).toContainText(
    `your report about ${spammer.name} went to the operator`,
  )

  await page.reload()
  const moderation = page.getByRole('region', { name: 'Moderation queue' })
  const report = moderation.getByRole('listitem').filter({ hasText: spammer.name }).first()
  await expect(report).toContainText('Spam: “Sends the same pitch to everyone”')
  await expect(report).toContainText(`reported by ${invitee.name}`)
  await report.getByRole('button', { name: `Suspend ${spammer.name}` }).click()
  await expect(moderation.getByRole('button', { name: `Restore ${spammer.name}` })).toBeVisible()

  const audit = page.getByRole('region', { name: 'Audit log' })
  const suspension = audit.getByRole('row').filter({ hasText: 'member.suspended' })
  await expect(suspension.filter({ hasText: spammer.name })).toHaveCount(1)
  await expect(audit.getByRole('row').filter({ hasText: invitee.email })).toHaveCount(1)
  await expect(audit.getByRole('row').filter({ hasText: 'settings' }).first()).toBeVisible()

  // A suspended profile is gone for everyone else.
  await reporter.goto(spammerUrl)
  await expect(reporter.getByRole('heading', { level: 1, name: 'Member not found' })).toBeVisible()
  await inviteeContext.close()
})
