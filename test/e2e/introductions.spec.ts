import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import {
  acceptInvitation,
  invite,
  newMemberPage,
  type TestMember,
  uniqueMember,
} from './members.js'

const VALUE_FOR_TARGET =
  'I have run payments reliability for four years and can review your on-call design.'
const VALUE_FOR_ME = 'I would learn how your team scaled its settlement pipeline last year.'

/**
 * A small PDF that passes the content check: a header, one object and a trailer whose
 * `startxref` points inside the file.
 */
function smallPdf(): Buffer {
  const head = '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\n'
  return Buffer.from(`${head}trailer<<>>\nstartxref\n9\n%%EOF\n`, 'latin1')
}

/** Three members: Ana knows Bruno, Bruno knows Chloe; Ana and Chloe do not know each other. */
async function trio(browser: import('@playwright/test').Browser) {
  const ana = uniqueMember('Ana')
  const bruno = uniqueMember('Bruno')
  const chloe = uniqueMember('Chloe')
  const a = await newMemberPage(browser, ana)
  const b = await newMemberPage(browser, bruno)
  // Bruno lets his connections see whom he knows, so Ana may ask him about Chloe.
  await b.getByLabel('All my connections').check()
  await b.getByRole('button', { name: 'Save profile' }).click()
  await expect(b.getByText('Profile saved.')).toBeVisible()
  const c = await newMemberPage(browser, chloe)
  await invite(a, bruno, 'Good to see you in Lisbon.')
  await acceptInvitation(b, ana)
  await invite(b, chloe, 'Good to see you in Lisbon.')
  await acceptInvitation(c, bruno)
  return { ana, bruno, chloe, a, b, c }
}

/** `page` opens `member`'s page from search. */
async function openMember(page: Page, member: TestMember) {
  await page.getByRole('link', { name: 'Search', exact: true }).click()
  await page.getByLabel('Search members').fill(member.name)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await page.getByRole('link', { name: member.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: member.name })).toBeVisible()
}

/** `page` opens the request waiting for them in Introductions. */
async function openWaiting(page: Page, label: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Introductions/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Introductions' })).toBeVisible()
  const waiting = page.getByRole('list', { name: 'Decisions waiting' })
  await waiting.getByRole('link', { name: label }).click()
}

test('the double opt-in across three browsers: asked from a warm path, forwarded with a note, accepted into a three-way conversation', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const { ana, bruno, chloe, a, b, c } = await trio(browser)

  // Ana asks from the warm path on Chloe's page; a value too short is refused in words.
  await openMember(a, chloe)
  const paths = a.getByRole('list', { name: `Paths to ${chloe.name}` })
  await paths.getByRole('button', { name: `Ask ${bruno.name} for an introduction` }).click()
  const form = a.getByRole('form', { name: `Ask for an introduction to ${chloe.name}` })
  await expect(form.getByLabel('Introducer')).toHaveValue(/.+/)
  await form.getByLabel(`Value for ${chloe.name}`).fill(VALUE_FOR_TARGET)
  await expect(form.getByText(`${VALUE_FOR_TARGET.length} / 1000 characters`)).toBeVisible()
  await form.getByLabel('Value for you').fill(VALUE_FOR_ME)
  await form.getByRole('button', { name: 'Ask for the introduction' }).click()
  await expect(a.getByText(`Your request went to ${bruno.name}.`)).toBeVisible()

  // Bruno opens the app and sees it waiting, with both values and his own record of Ana, and
  // forwards it.
  await b.reload()
  await expect(b.getByRole('navigation', { name: 'Main' }).getByText('awaiting you')).toBeAttached()
  await openWaiting(b, `${ana.name} asks to meet ${chloe.name}`)
  await expect(b.getByText(VALUE_FOR_TARGET)).toBeVisible()
  await expect(b.getByText(VALUE_FOR_ME)).toBeVisible()
  await expect(b.getByRole('heading', { name: `You and ${ana.name}` })).toBeVisible()
  await expect(b.getByText(/Met in person at Lisbon fintech summit/)).toBeVisible()
  const note = 'Ana rebuilt our payment retries; you two should compare notes.'
  await b.getByLabel(`Why you vouch for ${ana.name}`).fill(note)
  await b.getByRole('button', { name: `Forward to ${chloe.name}` }).click()
  await expect(b.getByRole('status').getByText('forwarded')).toBeVisible()

  // Ana sees it forwarded; Chloe sees Ana's profile, both values and the note, and accepts.
  await a
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Introductions/ })
    .click()
  const mine = a.getByRole('region', { name: 'Asked by me' })
  await expect(mine.getByText('forwarded')).toBeVisible()
  await openWaiting(c, `${bruno.name} introduces ${ana.name}`)
  await expect(c.getByRole('region', { name: `About ${ana.name}` })).toBeVisible()
  await expect(c.getByText(VALUE_FOR_TARGET)).toBeVisible()
  await expect(c.getByText(note)).toBeVisible()
  await c.getByRole('button', { name: 'Accept the introduction' }).click()

  // All three are in one conversation, opened by Bruno's note.
  const thread = c.getByRole('list', { name: 'Messages' })
  await expect(thread.getByText(note)).toBeVisible()
  // Ana and Bruno open their introductions afresh: the acceptance is there, with the conversation.
  for (const page of [a, b]) {
    await page.goto('/introductions')
    const item = page.getByRole('listitem', { name: new RegExp(chloe.name) }).first()
    await expect(item.getByText('accepted')).toBeVisible()
    await item.getByRole('link', { name: 'Conversation' }).click()
    await expect(page.getByRole('list', { name: 'Messages' }).getByText(note)).toBeVisible()
  }
  await expect(a.getByRole('heading', { level: 1 })).toContainText(bruno.name)
  await expect(a.getByRole('heading', { level: 1 })).toContainText(chloe.name)

  for (const page of [a, b, c]) await page.context().close()
})

test('a referral carries a PDF résumé: the one hiring downloads it, and the bar is set in settings', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const { bruno, chloe, a, b, c } = await trio(browser)

  // Bruno raises his bar in settings; it reads back as he set it.
  await b.getByRole('link', { name: 'Settings', exact: true }).click()
  const section = b.getByRole('region', { name: 'Introductions' })
  const minimum = section.getByLabel('Minimum tie strength')
  await minimum.selectOption('0.7')
  await section.getByLabel(/students and people in transition/).check()
  await section.getByRole('button', { name: 'Save introduction bar' }).click()
  await expect(b.getByText('Introduction bar saved.')).toBeVisible()
  await b.reload()
  await expect(minimum).toHaveValue('0.7')

  // Chloe hires at the company Ana is after: Ana asks from the warm path of her career strategy.
  await c.getByRole('link', { name: 'Profile', exact: true }).click()
  await c.getByRole('button', { name: 'Add a position' }).click()
  await c.getByLabel('Company', { exact: true }).fill('Orbit Analytics')
  await c.getByLabel('Title', { exact: true }).fill('Chief Financial Officer')
  await c.getByLabel('From', { exact: true }).fill('2020')
  await c.getByRole('button', { name: 'Save profile' }).click()
  await expect(c.getByText('Profile saved.')).toBeVisible()
  await a.getByRole('link', { name: 'Profile', exact: true }).click()
  await a.getByLabel('Target companies').fill('Orbit Analytics')
  await a.getByLabel('Target roles').fill('CFO')
  await a.getByRole('button', { name: 'Save profile' }).click()
  await expect(a.getByText('Profile saved.')).toBeVisible()
  await a.getByRole('link', { name: 'Insights', exact: true }).click()
  await a
    .getByRole('navigation', { name: 'Relationship intelligence' })
    .getByRole('link', { name: 'Career strategy' })
    .click()
  const staff = a
    .getByRole('region', { name: 'Orbit Analytics' })
    .getByRole('list', { name: 'People at Orbit Analytics' })
  await staff
    .getByRole('listitem')
    .filter({ hasText: chloe.name })
    .first()
    .getByRole('button', { name: `Ask ${bruno.name} for an introduction` })
    .click()
  const form = a.getByRole('form', { name: `Ask for an introduction to ${chloe.name}` })
  await expect(form.getByText(/only takes introduction requests from close ties/)).toBeVisible()
  await expect(form.getByText(/students and people in transition/)).toBeVisible()
  // Bruno opens his door to every connection again before Ana sends it.
  await minimum.selectOption('')
  await section.getByRole('button', { name: 'Save introduction bar' }).click()
  await expect(b.getByText('Introduction bar saved.').first()).toBeVisible()
  await form.getByLabel('A referral for a job, with my résumé').check()
  await form.getByLabel(`Value for ${chloe.name}`).fill(VALUE_FOR_TARGET)
  await form.getByLabel('Value for you').fill(VALUE_FOR_ME)
  const pdf = smallPdf()
  await form
    .getByLabel('Résumé (PDF, at most 5 MB)')
    .setInputFiles({ name: 'Ana CV.pdf', mimeType: 'application/pdf', buffer: pdf })
  await form.getByRole('button', { name: 'Ask for a referral' }).click()
  await expect(a.getByText(`Your request went to ${bruno.name}.`)).toBeVisible()

  await openWaiting(b, `asks to meet ${chloe.name}`)
  await b.getByLabel(/Why you vouch for/).fill('Ana is the best reliability engineer I know.')
  await b.getByRole('button', { name: `Forward to ${chloe.name}` }).click()
  await expect(b.getByRole('status').getByText('forwarded')).toBeVisible()

  await openWaiting(c, 'introduces')
  const download = c.waitForEvent('download')
  await c.getByRole('link', { name: /Download the résumé/ }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Ana CV.pdf')
  const path = await file.path()
  expect(readFileSync(path).equals(pdf)).toBe(true)
  await c.getByRole('button', { name: 'Accept the introduction' }).click()
  await expect(
    c.getByRole('list', { name: 'Messages' }).getByText(/best reliability/),
  ).toBeVisible()

  for (const page of [a, b, c]) await page.context().close()
})
