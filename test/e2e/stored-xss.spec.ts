import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  request,
  test,
} from '@playwright/test'
import { makeZip } from '../fixtures/imports/zip-writer.js'
import { mailInFolder, parseMail, type ReceivedMail } from '../setup/smtp-sink.js'
import { type TestMember, uniqueMember } from './members.js'
import { E2E_OPERATOR } from './operator-account.js'

/** What an attacker stores hoping a page runs it: each sets `window.__xss` if it ever executes. */
const XSS = {
  img: '<img src=x onerror=window.__xss=1>',
  script: '<script>window.__xss=1</script>',
  svg: '"><svg onload=window.__xss=1>',
  javascriptUrl: 'javascript:window.__xss=1',
  template: "{{constructor.constructor('window.__xss=1')()}}",
  markdownLink: '[x](javascript:window.__xss=1)',
}
const EVERY_PAYLOAD = Object.values(XSS).join(' ')

/** A value for a long field: a label that says where it was stored, then every payload. */
function long(field: string): string {
  return `${field} ${EVERY_PAYLOAD}`
}

/** A value for a field of at most 200 characters. */
function short(field: string): string {
  return `${field} ${XSS.img} ${XSS.svg}`
}

interface Seeded extends TestMember {
  id: string
  api: APIRequestContext
}

/** A member signed up through the API, with a client that carries their session. */
async function signUpByApi(baseURL: string, member: TestMember): Promise<Seeded> {
  // A cookie-signed change must carry the instance's own origin.
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
  const response = await api.post('/api/auth/signup', { data: member })
  expect(response.status(), await response.text()).toBe(201)
  return { ...member, id: (await response.json()).member.id, api }
}

/** Sends a request and returns the answer's JSON, failing with the answer when it is not `status`. */
async function call(
  api: APIRequestContext,
  method: 'post' | 'patch' | 'put',
  path: string,
  data: unknown,
  status: number,
) {
  const response = await api[method](path, { data })
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(status)
  return response.status() === 204 ? null : await response.json()
}

async function connect(from: Seeded, to: Seeded): Promise<void> {
  const { invitation } = await call(
    from.api,
    'post',
    '/api/invitations',
    {
      to: to.id,
      note: long('Invitation note'),
      howWeMet: {
        kind: 'met_in_person',
        place: short('Met at'),
        date: '2023-06',
        detail: long('How we met'),
      },
    },
    201,
  )
  await call(to.api, 'post', `/api/invitations/${invitation.id}/accept`, {}, 200)
}

async function contactIdOf(owner: Seeded, memberId: string): Promise<string> {
  const response = await owner.api.get('/api/contacts?limit=200')
  const { items } = (await response.json()) as { items: { id: string; memberId: string | null }[] }
  const contact = items.find((c) => c.memberId === memberId)
  if (contact === undefined) throw new Error(`no contact for ${memberId}`)
  return contact.id
}

/** A LinkedIn export whose names, companies and messages carry the payloads. */
async function poisonedExport(): Promise<Buffer> {
  const folder = fileURLToPath(
    new URL('../fixtures/imports/linkedin/export-2024/', import.meta.url),
  )
  const names = await readdir(folder)
  return makeZip(
    await Promise.all(
      names.map(async (name) => ({
        name: `Export/${name}`,
        data: (await readFile(join(folder, name), 'utf8'))
          .replaceAll('Achebe', `Achebe ${XSS.img}`)
          .replaceAll('"Foo, Inc."', `Foo ${XSS.script}`)
          .replaceAll('could you introduce me', `could you ${XSS.script} introduce me`),
      })),
    ),
  )
}

/** The newsletter mail the run's SMTP server received for this address, among its other mail. */
async function newsletterMailTo(address: string): Promise<ReceivedMail> {
  const folder = process.env.RAPPORT_E2E_MAIL ?? ''
  const find = () =>
    mailInFolder(folder).find((m) => m.to.includes(address) && m.raw.includes('List-Unsubscribe'))
  await expect.poll(() => find() !== undefined).toBe(true)
  return find() as ReceivedMail
}

/**
 * Nothing a member wrote ran on the page or became markup: no `window.__xss`, no dialog, no
 * element with an event handler attribute (React sets none, so any is injected) and no link,
 * source or form target with a script address.
 */
async function expectInert(page: Page, dialogs: string[], where: string): Promise<void> {
  expect(await page.evaluate('typeof window.__xss'), where).toBe('undefined')
  expect(dialogs, where).toEqual([])
  await expect(page.locator('xpath=//*[@*[starts-with(name(), "on")]]'), where).toHaveCount(0)
  const scriptAddress =
    "starts-with(translate(normalize-space(.), 'JAVSCRIPT', 'javscript'), 'javascript:')"
  await expect(
    page.locator(
      `xpath=//*[@href[${scriptAddress}] or @src[${scriptAddress}] or @action[${scriptAddress}] or @formaction[${scriptAddress}]]`,
    ),
    where,
  ).toHaveCount(0)
  await expect(page.locator('script:not([src])'), where).toHaveCount(0)
}

/** Opens `path` and checks that each stored value shows as text and nothing in it ran. */
async function visit(page: Page, dialogs: string[], path: string, texts: string[]) {
  await page.goto(path)
  for (const text of texts) {
    await expect(
      page.getByText(text).filter({ visible: true }).first(),
      `${path} shows ${text}`,
    ).toBeVisible()
  }
  await expectInert(page, dialogs, path)
}

/** Signs the browser context in as `member`, replacing whoever was signed in. */
async function signInAs(context: BrowserContext, baseURL: string, member: TestMember) {
  const response = await context.request.post('/api/auth/login', {
    data: { email: member.email, password: member.password },
    headers: { origin: baseURL },
  })
  expect(response.status()).toBe(200)
}

test('script stored in every field a member writes shows as text on every page that shows it, and runs nowhere', async ({
  browser,
  baseURL,
}) => {
  // Six members seeded through the API, an import, a newsletter's mail and fifteen pages.
  test.setTimeout(120_000)
  const base = baseURL ?? ''
  const author = await signUpByApi(base, { ...uniqueMember('Mallory'), name: short('Mallory') })
  const reader = await signUpByApi(base, uniqueMember('Rita'))
  const target = await signUpByApi(base, uniqueMember('Tess'))
  const stranger = await signUpByApi(base, { ...uniqueMember('Sam'), name: short('Sam') })
  const introduced = await signUpByApi(base, uniqueMember('Ivy'))

  const profile = {
    headline: short('Headline'),
    location: short('Location'),
    valueProposition: long('Value'),
    asks: long('Asks'),
    positions: [{ company: short('Company'), title: short('Title'), from: '2020-01' }],
  }
  await call(author.api, 'patch', '/api/me', profile, 200)
  await connect(author, reader)
  await connect(author, target)
  await connect(reader, introduced)

  // The author's notes on the reader, a circle of both, and a logged meeting.
  const readerContact = await contactIdOf(author, reader.id)
  const targetContact = await contactIdOf(author, target.id)
  const circle = `Circle ${XSS.img}`
  await call(author.api, 'patch', `/api/contacts/${readerContact}`, { notes: long('Notes') }, 200)
  await call(
    author.api,
    'post',
    '/api/circles',
    {
      name: circle,
      contactIds: [readerContact, targetContact],
    },
    201,
  )
  await call(
    author.api,
    'post',
    `/api/contacts/${readerContact}/interactions`,
    {
      kind: 'meeting',
      at: '2025-01-10T10:00:00.000Z',
      note: long('Meeting note'),
    },
    201,
  )

  // Messages, an offer of help, and a stranger's message request.
  const sent = await call(
    author.api,
    'post',
    '/api/messages',
    { to: reader.id, body: long('Message') },
    201,
  )
  await call(
    author.api,
    'post',
    '/api/messages/offers',
    {
      to: reader.id,
      kind: 'advice',
      body: long('Offer'),
    },
    201,
  )
  await call(
    stranger.api,
    'post',
    '/api/messages',
    {
      to: reader.id,
      body: long('Request'),
      purpose: 'job',
    },
    201,
  )

  // An introduction the reader vouches for and the target accepts, with an outcome.
  // The reader shows their connections to connections, so the author may ask through them.
  await call(reader.api, 'patch', '/api/me', { visibility: 'connections' }, 200)
  const { introduction } = await call(
    author.api,
    'post',
    '/api/introductions',
    {
      via: reader.id,
      target: introduced.id,
      valueForTarget: long('For target'),
      valueForRequester: long('For requester'),
    },
    201,
  )
  await call(
    reader.api,
    'post',
    `/api/introductions/${introduction.id}/forward`,
    {
      note: long('Vouch'),
    },
    200,
  )

  // Posts, a link post and a comment; a script address is refused as a link.
  await call(
    author.api,
    'post',
    '/api/posts',
    {
      title: short('Post title'),
      body: long('Post body'),
      audience: { allConnections: true },
    },
    201,
  )
  const linkPost = `https://example.org/${encodeURIComponent(XSS.svg)}`
  const { id: postId } = await call(
    author.api,
    'post',
    '/api/posts',
    {
      body: long('Link post'),
      link: linkPost,
      audience: { allConnections: true },
    },
    201,
  )
  await call(
    author.api,
    'post',
    '/api/posts',
    {
      body: 'sneaky',
      link: XSS.javascriptUrl,
      audience: { allConnections: true },
    },
    400,
  )
  await call(reader.api, 'post', `/api/posts/${postId}/comments`, { body: long('Comment') }, 201)

  // A newsletter to every connection, sent by mail too.
  const { id: issueId } = await call(
    author.api,
    'post',
    '/api/newsletters/issues',
    {
      subject: short('Subject'),
      markdown: long('Issue body'),
      audience: { allConnections: true },
    },
    201,
  )
  await call(author.api, 'post', `/api/newsletters/issues/${issueId}/send`, {}, 202)

  // An event for the circle; both say yes and the reader reports the target to the host.
  const event = {
    title: short('Event'),
    description: long('Description'),
    place: short('Place'),
    onlineUrl: `https://example.org/${encodeURIComponent(XSS.img)}`,
    startsAt: '2031-06-01T18:00:00.000Z',
    endsAt: '2031-06-01T21:00:00.000Z',
    timeZone: 'Europe/Lisbon',
    capacity: 10,
    circles: [circle],
    codeOfConduct: long('Conduct'),
  }
  await call(author.api, 'post', '/api/events', { ...event, onlineUrl: XSS.javascriptUrl }, 400)
  const { id: eventId } = await call(author.api, 'post', '/api/events', event, 201)
  for (const attendee of [reader, target]) {
    await call(
      attendee.api,
      'post',
      `/api/events/${eventId}/rsvp`,
      {
        status: 'yes',
        acceptCodeOfConduct: true,
      },
      200,
    )
  }
  await call(
    reader.api,
    'post',
    `/api/events/${eventId}/reports`,
    {
      subjectId: target.id,
      note: long('Event report'),
    },
    201,
  )

  // A report to the operator, and an import whose contacts carry the payloads.
  await call(
    reader.api,
    'post',
    `/api/members/${author.id}/report`,
    {
      reason: 'spam',
      note: long('Operator report'),
    },
    201,
  )
  const upload = await author.api.post('/api/imports/linkedin', {
    multipart: {
      file: { name: 'export.zip', mimeType: 'application/zip', buffer: await poisonedExport() },
    },
  })
  expect(upload.status(), await upload.text()).toBe(202)
  const { importId } = await upload.json()
  await expect
    .poll(async () => (await (await author.api.get(`/api/imports/${importId}`)).json()).status)
    .toBe('done')

  const context = await browser.newContext()
  const page = await context.newPage()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  // The reader, a connection of the author, sees what the author wrote.
  await signInAs(context, base, reader)
  await visit(page, dialogs, `/members/${author.id}`, [
    author.name,
    profile.headline,
    profile.location,
    profile.valueProposition,
    profile.asks,
    short('Company'),
    short('Title'),
  ])
  await visit(page, dialogs, '/network', [author.name])
  await visit(page, dialogs, '/', [
    short('Post title'),
    long('Post body'),
    long('Link post'),
    long('Comment'),
  ])
  await expect(page.getByRole('link', { name: linkPost })).toHaveAttribute('href', linkPost)
  await visit(page, dialogs, '/messages', [author.name])
  await visit(page, dialogs, `/messages/${sent.message.conversationId}`, [
    long('Message'),
    long('Offer'),
  ])
  await visit(page, dialogs, '/requests', [stranger.name, long('Request')])
  await visit(page, dialogs, '/introductions', [author.name])
  await visit(page, dialogs, `/introductions/${introduction.id}`, [
    long('For target'),
    long('For requester'),
    long('Vouch'),
  ])
  await visit(page, dialogs, '/newsletters', [short('Subject')])
  // Markdown keeps a link's text and drops a script address: `[x](javascript:…)` reads "x".
  const issueText = long('Issue body').replace(XSS.markdownLink, 'x')
  await visit(page, dialogs, `/newsletters/${issueId}`, [short('Subject'), issueText])
  await visit(page, dialogs, '/events', [short('Event')])
  await visit(page, dialogs, `/events/${eventId}`, [
    short('Event'),
    long('Description'),
    short('Place'),
    long('Conduct'),
    author.name,
  ])

  // The newsletter's mail, its read link and its unsubscribe page.
  const mail = await parseMail(await newsletterMailTo(reader.email))
  await page.setContent(String(mail.html))
  await expect(page.getByText(issueText)).toBeVisible()
  await expectInert(page, dialogs, 'the newsletter mail')
  const unsubscribe = /(\/api\/newsletters\/unsubscribe\?token=\S+)/.exec(mail.text ?? '')?.[1]
  expect(unsubscribe).toBeDefined()
  await visit(page, dialogs, unsubscribe ?? '/', [`${author.name}’s newsletters`])

  // The author sees their own profile, contacts, circle, notes, the event's report and the import.
  await signInAs(context, base, author)
  await visit(page, dialogs, '/contacts', [circle, `Achebe ${XSS.img}`])
  await visit(page, dialogs, `/contacts/${readerContact}`, [long('Notes'), long('Meeting note')])
  await visit(page, dialogs, `/events/${eventId}`, [long('Event report')])
  await visit(page, dialogs, `/introductions/${introduction.id}`, [long('For target')])

  // The operator sees the report, the member's name and the audit log of the suspension.
  await signInAs(context, base, E2E_OPERATOR)
  await visit(page, dialogs, '/operator', [author.name, long('Operator report')])
  const suspend = await context.request.post(`/api/operator/members/${author.id}/suspend`, {
    data: { reason: long('Suspension') },
    headers: { origin: base },
  })
  expect(suspend.status()).toBe(200)
  await visit(page, dialogs, '/operator', [author.name])
  await expect(
    page.getByRole('region', { name: 'Audit log' }).getByText(author.name).first(),
  ).toBeVisible()

  await context.close()
  for (const member of [author, reader, target, stranger, introduced]) await member.api.dispose()
})
