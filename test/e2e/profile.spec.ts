import { expect, test } from '@playwright/test'
import { signUp, uniqueMember } from './members.js'

test('a new member edits their profile and finds it kept after a reload', async ({ page }) => {
  const member = uniqueMember('Ada')
  await signUp(page, member)

  await page.getByLabel('Headline', { exact: true }).fill('Executive search for fintech')
  await page
    .getByLabel('How I can help', { exact: true })
    .fill('Introductions to CFOs and board members in payments.')
  await page.getByRole('button', { name: 'Add a position' }).click()
  await page.getByLabel('Company', { exact: true }).fill('Northwind Partners')
  await page.getByLabel('Title', { exact: true }).fill('Vice President, Research')
  await page.getByLabel('From', { exact: true }).fill('2019-03')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Profile saved.')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible()
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(
    'Executive search for fintech',
  )
  await expect(page.getByLabel('How I can help', { exact: true })).toHaveValue(
    'Introductions to CFOs and board members in payments.',
  )
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Northwind Partners')
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Vice President, Research')
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2019-03')
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('')
  // The server derives the band from the title.
  await expect(page.getByText('Seniority: VP')).toBeVisible()
})
