import { expect, test } from '@playwright/test'
import { signUp, uniqueMember } from './members.js'

test('a member who forgot their password resets it with the mailed code and logs in', async ({
  page,
}) => {
  const member = uniqueMember('Forgetful')
  await signUp(page, member)
  await page.getByRole('button', { name: 'Log out' }).click()

  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
  await page.getByLabel('Email', { exact: true }).fill(member.email)
  await page.getByRole('button', { name: 'Send me a reset code' }).click()
  await expect(page.getByRole('status')).toContainText('reset code is on its way')

  // Without SMTP settings the mail waits in the development outbox, readable from this machine.
  const outbox = await (await page.request.get('/dev/mail.json')).json()
  const mail = outbox.items.find((m: { to: string }) => m.to === member.email)
  const link = /(\/reset-password\?token=\S+)/.exec(mail.text)?.[1]
  expect(link).toBeDefined()

  await page.goto(link ?? '/')
  await page.getByLabel('New password', { exact: true }).fill('a fresh new password')
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Password changed' })).toBeVisible()

  await page.getByRole('link', { name: 'Log in' }).last().click()
  await page.getByLabel('Email', { exact: true }).fill(member.email)
  await page.getByLabel('Password', { exact: true }).fill('a fresh new password')
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('banner').getByText(member.name)).toBeVisible()
})
