import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { makeZip } from '../fixtures/imports/zip-writer.js'
import { signUp, uniqueMember } from './members.js'

const export2024 = fileURLToPath(
  new URL('../fixtures/imports/linkedin/export-2024/', import.meta.url),
)

async function exportZip(): Promise<Buffer> {
  const names = await readdir(export2024)
  return makeZip(
    await Promise.all(
      names.map(async (name) => ({
        name: `Export/${name}`,
        data: await readFile(join(export2024, name)),
      })),
    ),
  )
}

test('a LinkedIn export is imported with its counts and every skipped row, reviewed for pruning, and a circle given a cadence', async ({
  page,
}) => {
  await signUp(page, uniqueMember('Ines'))
  await page.getByRole('link', { name: 'Contacts', exact: true }).click()
  await page.getByRole('link', { name: 'Import from LinkedIn' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import from LinkedIn' })).toBeVisible()

  await page.getByLabel('LinkedIn export (.zip)').setInputFiles({
    name: 'export.zip',
    mimeType: 'application/zip',
    buffer: await exportZip(),
  })
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText('Import finished.')).toBeVisible({ timeout: 30_000 })
  const counts = page.getByRole('table', { name: 'Records imported' })
  await expect(counts.getByRole('row', { name: /Connections \d+/ })).toBeVisible()
  const skipped = page.getByRole('table', { name: 'Skipped rows with file, line and reason' })
  await expect(skipped.getByRole('row', { name: /^Export\/Connections\.csv 6 / })).toBeVisible()

  await page.getByRole('link', { name: 'See your contacts' }).click()
  const contacts = page.getByRole('list', { name: 'Contacts' })
  await expect(contacts.getByRole('link', { name: 'Bruno Achebe' })).toBeVisible()

  await page.getByRole('link', { name: 'Insights', exact: true }).click()
  await page
    .getByRole('navigation', { name: 'Relationship intelligence' })
    .getByRole('link', { name: 'Prune review' })
    .click()
  const suggestions = page.getByRole('list', { name: 'Prune suggestions' })
  await expect(suggestions).toBeVisible()
  const first = suggestions
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox') })
    .first()
  const label = (await first.locator('label.member-name').textContent()) ?? ''
  const name = label.replace(' — select for removal', '').trim()
  expect(name).not.toBe('')

  await first.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Remove selected (1)' }).click()
  const toast = page
    .getByRole('region', { name: 'Notifications' })
    .getByRole('listitem')
    .filter({ hasText: `Removed ${name}.` })
  await expect(toast).toBeVisible()
  await expect(
    suggestions.getByRole('checkbox', { name: `${name} — select for removal` }),
  ).toHaveCount(0)
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText(`${name} restored.`)).toBeVisible()
  await expect(
    suggestions.getByRole('checkbox', { name: `${name} — select for removal` }),
  ).toBeVisible()

  const item = suggestions.getByRole('listitem').filter({ hasText: name })
  await item.getByRole('button', { name: `Wrong, keep ${name}` }).click()
  await expect(page.getByText(`Marked: keep ${name}.`, { exact: false })).toBeVisible()
  await expect(page.getByText(/learned from 1 of your marks/)).toBeVisible()

  await page.getByRole('link', { name: 'Contacts', exact: true }).click()
  await page
    .getByRole('list', { name: 'Contacts' })
    .getByRole('link', { name: 'Bruno Achebe' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bruno Achebe' })).toBeVisible()
  await page.getByLabel('Add to circle').fill('clients')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Circles' }).getByText('clients')).toBeVisible()

  await page.getByRole('link', { name: 'Insights', exact: true }).click()
  await page
    .getByRole('navigation', { name: 'Relationship intelligence' })
    .getByRole('link', { name: 'Stay in touch' })
    .click()
  await page.getByLabel('clients', { exact: true }).selectOption('30')
  await page.getByRole('button', { name: 'Save cadences' }).click()
  await expect(page.getByText('Cadences saved.')).toBeVisible()
  // As of the export's own date Bruno was written to days before; as of today he is due.
  await expect(page.getByText('Nobody is due', { exact: false })).toBeVisible()
  await page.getByRole('button', { name: 'Read as of today' }).click()
  const due = page.getByRole('list', { name: 'Due in clients' })
  await expect(due.getByRole('link', { name: 'Bruno Achebe' })).toBeVisible()
  await expect(due.getByRole('listitem').filter({ hasText: 'Bruno Achebe' })).toContainText(
    /clients/i,
  )
})
