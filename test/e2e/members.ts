import { type Browser, expect, type Page } from '@playwright/test'
import { mailInFolder, type ReceivedMail } from '../setup/smtp-sink.js'

export interface TestMember {
  name: string
  email: string
  password: string
}

let counter = 0

/** A member with a name and e-mail no other test run has used. */
export function uniqueMember(firstName: string): TestMember {
  counter += 1
  const tag = `${Date.now().toString(36)}${counter}${Math.floor(Math.random() * 1e4)}`
  return {
    name: `${firstName} Tester${tag}`,
    email: `${firstName.toLowerCase()}.${tag}@example.test`,
    password: 'correct horse battery',
  }
}

export async function signUp(page: Page, member: TestMember): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: 'Sign up' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible()
  await page.getByLabel('Email', { exact: true }).fill(member.email)
  await page.getByLabel('Name', { exact: true }).fill(member.name)
  await page.getByLabel('Password', { exact: true }).fill(member.password)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await expectSignedIn(page, member)
}

/** Where a member who just signed up lands: their profile, their name in the banner. */
async function expectSignedIn(page: Page, member: TestMember): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible()
  await expect(page.getByRole('banner').getByText(member.name)).toBeVisible()
}

/**
 * A signed-in page of its own browser context, so two members can act side by side. The account is
 * opened through the API with the context's own cookie jar: the sign-up form has its own tests
 * (`signUp`), and the others start where a member who just signed up would be.
 */
export async function newMemberPage(browser: Browser, member: TestMember): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const response = await context.request.post('/api/auth/signup', { data: member })
  expect(response.status(), await response.text()).toBe(201)
  await page.goto('/profile')
  await expectSignedIn(page, member)
  return page
}

/** `from` finds `to` by name, opens their page and sends an invitation met in person. */
export async function invite(from: Page, to: TestMember, note: string): Promise<void> {
  await from.getByRole('link', { name: 'Search', exact: true }).click()
  await from.getByLabel('Search members').fill(to.name)
  await from.getByRole('button', { name: 'Search', exact: true }).click()
  await from.getByRole('link', { name: to.name }).click()
  await expect(from.getByRole('heading', { level: 1, name: to.name })).toBeVisible()
  await from.getByRole('button', { name: 'Invite to connect' }).click()
  const dialog = from.getByRole('dialog', { name: `Invite ${to.name} to connect` })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Personal note').fill(note)
  await dialog.getByLabel('We met in person').check()
  await dialog.getByLabel('Where', { exact: true }).fill('Lisbon fintech summit')
  await dialog.getByLabel('When', { exact: true }).fill('2023-06')
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(dialog).toBeHidden()
  await expect(from.getByText(`Invitation sent to ${to.name}.`)).toBeVisible()
}

/** `page` accepts the pending invitation from `sender`. */
export async function acceptInvitation(page: Page, sender: TestMember): Promise<void> {
  await page.getByRole('link', { name: 'Invitations', exact: true }).click()
  const invitation = page.getByRole('article', { name: `Invitation from ${sender.name}` })
  await expect(invitation).toBeVisible()
  await invitation.getByRole('button', { name: 'Accept' }).click()
  await expect(page.getByText(`You are now connected with ${sender.name}.`)).toBeVisible()
}

export async function openNetwork(page: Page) {
  await page.getByRole('link', { name: 'Network', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your network' })).toBeVisible()
  return page.getByRole('list', { name: 'Connections' })
}

/** The newest mail the run's SMTP server received for this address (waits for it to arrive). */
export async function mailTo(address: string): Promise<ReceivedMail> {
  const folder = process.env.RAPPORT_E2E_MAIL ?? ''
  let found: ReceivedMail | undefined
  await expect
    .poll(() => {
      found = mailInFolder(folder).findLast((m) => m.to.includes(address))
      return found !== undefined
    })
    .toBe(true)
  if (found === undefined) throw new Error(`no mail to ${address}`)
  return found
}
