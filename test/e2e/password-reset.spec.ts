import { expect, test } from '@playwright/test'
import { parseMail } from '../setup/smtp-sink.js'
import { mailTo, signUp, uniqueMember } from './members.js'

test('a member who forgot their password resets it with the mailed code and logs in', async ({
  page,
}) => {
  // Every page of the flow runs under the server's Content-Security-Policy.
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
  })
  const member = uniqueMember('Forgetful')
  await signUp(page, member)
  await page.getByRole('button', { name: 'Log out' }).click()

  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
  await page.getByLabel('Email', { exact: true }).fill(member.email)
  await page.getByRole('button', { name: 'Send me a reset code' }).click()
  await expect(page.getByRole('status')).toContainText('reset code is on its way')

  // The run's server delivers over SMTP to a real SMTP server started for the run.
  const mail = await parseMail(await mailTo(member.email))
  // The code rides in the fragment, which the browser sends to no server.
  const link = /(\/reset-password\S+)/.exec(mail.text ?? '')?.[1]
  expect(link).toMatch(/^\/reset-password#token=[\w-]+$/)
  const code = /code: (\S+)/.exec(mail.text ?? '')?.[1]

  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto(link ?? '/')
  await expect(page.getByLabel('Reset code', { exact: true })).toHaveValue(code ?? '')
  await expect(page).toHaveURL(/\/reset-password$/)
  expect(requested.filter((url) => url.includes(code ?? ''))).toEqual([])
  await page.getByLabel('New password', { exact: true }).fill('a fresh new password')
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Password changed' })).toBeVisible()

  await page.getByRole('link', { name: 'Log in' }).last().click()
  await page.getByLabel('Email', { exact: true }).fill(member.email)
  await page.getByLabel('Password', { exact: true }).fill('a fresh new password')
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('banner').getByText(member.name)).toBeVisible()
  expect(violations).toEqual([])
})
