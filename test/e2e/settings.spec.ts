import { expect, type Page, test } from '@playwright/test'
import { parseMail } from '../setup/smtp-sink.js'
import { mailTo, signUp, type TestMember, uniqueMember } from './members.js'

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
}

async function openSettings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible()
}

test('a member changes their password: the old one no longer works, the new one does', async ({
  page,
}) => {
  const member = uniqueMember('Careful')
  await signUp(page, member)
  await openSettings(page)
  const form = page.getByRole('form', { name: 'Change password' })
  await form.getByLabel('Current password').fill('not my password')
  await form.getByLabel('New password').fill('a much better password')
  await form.getByRole('button', { name: 'Change password' }).click()
  await expect(form.getByText('wrong password')).toBeVisible()

  await form.getByLabel('Current password').fill(member.password)
  await form.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('Password changed.')).toBeVisible()

  await logOut(page)
  await logIn(page, member.email, member.password)
  await expect(page.getByRole('alert')).toContainText('Wrong e-mail or password')
  await logIn(page, member.email, 'a much better password')
  await expect(page.getByRole('banner').getByText(member.name)).toBeVisible()
})

test('a member creates an access token, sees it once, uses it, and revokes it', async ({
  page,
  request,
}) => {
  const member = uniqueMember('Scripter')
  await signUp(page, member)
  await page.goto('/tokens')
  const section = page.getByRole('region', { name: 'Access tokens' })
  await expect(section).toBeVisible()
  await section.getByLabel('Token name').fill('backup script')
  await section.getByRole('button', { name: 'Create token' }).click()
  const secret = (await section.getByTestId('new-token').textContent()) ?? ''
  expect(secret).toMatch(/^rpt_/)
  const list = section.getByRole('list', { name: 'Your access tokens' })
  await expect(list.getByText('backup script', { exact: true }).first()).toBeVisible()
  await expect(list).not.toContainText(secret)

  const asToken = { headers: { authorization: `Bearer ${secret}` } }
  expect((await request.get('/api/me', asToken)).status()).toBe(200)

  await section.getByRole('button', { name: 'I have copied it' }).click()
  await expect(section.getByTestId('new-token')).toHaveCount(0)
  await list.getByRole('button', { name: 'Revoke backup script' }).click()
  await expect(section.getByText('You have no access tokens.')).toBeVisible()
  expect((await request.get('/api/me', asToken)).status()).toBe(401)
})

test('a member moves their account to a new e-mail with the code mailed there', async ({
  page,
}) => {
  const member = uniqueMember('Mover')
  await signUp(page, member)
  await openSettings(page)
  const newEmail = `moved.${member.email}`
  const form = page.getByRole('form', { name: 'Change e-mail' })
  await form.getByLabel('New e-mail').fill(newEmail)
  await form.getByLabel('Current password').fill(member.password)
  await form.getByRole('button', { name: 'Send a confirmation code' }).click()
  const mail = await parseMail(await mailTo(newEmail))
  const code = /code: (\d{8})/.exec(mail.text ?? '')?.[1] ?? ''
  const confirm = page.getByRole('form', { name: 'Confirm new e-mail' })
  await expect(confirm).toContainText(newEmail)
  await confirm.getByLabel('Code from the mail').fill(code)
  await confirm.getByRole('button', { name: 'Confirm new e-mail' }).click()
  await expect(page.getByText(`Your e-mail is now ${newEmail}.`)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Account' })).toContainText(newEmail)
})

test('a member erases their account only after typing the confirmation', async ({ page }) => {
  const member: TestMember = uniqueMember('Leaving')
  await signUp(page, member)
  await openSettings(page)
  const form = page.getByRole('form', { name: 'Erase my account' })
  const erase = form.getByRole('button', { name: 'Erase my account' })
  await expect(erase).toBeDisabled()
  await form.getByLabel(/to confirm/).fill('erase my')
  await expect(erase).toBeDisabled()
  await form.getByLabel(/to confirm/).fill('erase my account')
  await erase.click()
  await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible()
  await logIn(page, member.email, member.password)
  await expect(page.getByRole('alert')).toContainText('Wrong e-mail or password')
})
