import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeZip } from '../../../test/fixtures/imports/zip-writer.js'
import { isAppError } from '../../errors.js'
import type { LinkedInRecord } from '../types.js'
import { describeLinkedInExport, readLinkedInExport } from './read-export.js'

const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../test/fixtures/imports/linkedin',
)

async function readAll(path: string, options = {}): Promise<LinkedInRecord[]> {
  const out: LinkedInRecord[] = []
  for await (const record of readLinkedInExport(path, options)) out.push(record)
  return out
}

function ofKind<K extends LinkedInRecord['kind']>(records: LinkedInRecord[], kind: K) {
  return records.filter((r): r is Extract<LinkedInRecord, { kind: K }> => r.kind === kind)
}

/** The records of the files' rows: what each file's `rows` counts. */
function rowsOf(records: LinkedInRecord[], file: string) {
  return records.filter(
    (r): r is Exclude<LinkedInRecord, { kind: 'file' | 'owner' }> =>
      r.file === file && r.kind !== 'file' && r.kind !== 'owner',
  )
}

async function listFiles(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true })
  return names.filter((d) => d.isFile()).map((d) => relative(root, join(d.parentPath, d.name)))
}

let scratch = ''
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'linkedin-export-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('readLinkedInExport on a 2024 export folder', () => {
  it('yields the profile, then the owner, then connections and the rest', async () => {
    const records = await readAll(join(FIXTURES, 'export-2024'))
    expect(records[0]?.kind).toBe('profile')
    expect(records[1]).toMatchObject({ kind: 'file', file: 'Profile.csv', rows: 1 })
    expect(records[2]).toMatchObject({
      kind: 'owner',
      method: 'profile-and-messages',
      key: 'url:linkedin.com/in/ada-lindqvist',
      profileUrl: 'https://www.linkedin.com/in/ada-lindqvist',
    })
    const files = [...new Set(records.slice(3).map((r) => r.file))]
    expect(files).toEqual([
      'Connections.csv',
      'Positions.csv',
      'Invitations.csv',
      'messages.csv',
      'Recommendations_Given.csv',
      'Endorsement_Received_Info.csv',
    ])
  })

  it('reads the profile with its bracketed lists and year-less birthday', async () => {
    const [profile] = ofKind(await readAll(join(FIXTURES, 'export-2024')), 'profile')
    expect(profile).toMatchObject({
      fullName: 'Ada Lindqvist',
      headline: 'Partner, Lindqvist Search',
      location: 'Stockholm, Sweden',
      twitterHandles: ['ada_l'],
      websites: ['COMPANY:https://lindqvist.example', 'PORTFOLIO:https://ada.example'],
      birthDate: { month: 3, day: 31 },
      line: 2,
    })
  })

  it('turns connections into contacts past the Notes preamble, skipping what cannot be read', async () => {
    const records = await readAll(join(FIXTURES, 'export-2024'))
    const fromConnections = rowsOf(records, 'Connections.csv')
    expect(fromConnections.map((r) => [r.kind, r.line])).toEqual([
      ['contact', 5],
      ['skipped', 6],
      ['contact', 7],
      ['contact', 8],
      ['contact', 9],
      ['skipped', 10],
      ['contact', 11],
    ])
    const skipped = ofKind(fromConnections, 'skipped')
    expect(skipped.map((s) => s.reason)).toEqual(['empty-row', 'malformed-csv'])
    const contacts = ofKind(fromConnections, 'contact')
    expect(contacts[0]).toMatchObject({
      fullName: 'Bruno Achebe',
      company: 'Foo, Inc.',
      title: 'CFO',
      emails: [],
      externalKey: 'url:linkedin.com/in/bruno-achebe-1a2b3c',
      connectedOn: new Date('2024-12-16T00:00:00Z'),
    })
    expect(contacts[1]).toMatchObject({
      firstName: 'Chiara',
      lastName: 'Rossi',
      emails: ['chiara@example.com'],
      company: null,
    })
    expect(contacts[2]?.profileUrl).toBe('https://www.linkedin.com/in/øystein-okafor')
    expect(contacts[2]?.firstName).toBe('𝓓𝓪𝓷𝓪')
    expect(contacts[3]?.connectedOn).toBeNull()
  })

  it('reads messages with their direction, recipients and intent; drafts, bad dates and sponsored rows are skipped', async () => {
    const records = await readAll(join(FIXTURES, 'export-2024'))
    const rows = rowsOf(records, 'messages.csv')
    expect(rows.map((r) => [r.line, r.kind === 'skipped' ? r.reason : r.kind])).toEqual([
      [2, 'message'],
      [3, 'message'],
      [4, 'message'],
      [5, 'draft'],
      [6, 'sponsored'],
      [7, 'message'],
      [8, 'bad-date'],
      [9, 'message'],
    ])
    expect(records).toContainEqual({
      kind: 'file',
      file: 'messages.csv',
      encoding: 'utf-8',
      rows: 8,
    })
    const messages = ofKind(rows, 'message')
    expect(messages.map((m) => m.direction)).toEqual([
      'incoming',
      'outgoing',
      'outgoing',
      'outgoing',
      'incoming',
    ])
    expect(
      messages.map((m) => (m.intent.intent === 'ask' ? m.intent.kind : m.intent.intent)),
    ).toEqual(['introduction', 'none', 'none', 'none', 'offer'])
    expect(messages[0]).toMatchObject({
      conversationId: '2-c1==',
      senderKey: 'url:linkedin.com/in/bruno-achebe-1a2b3c',
      recipientKeys: ['url:linkedin.com/in/ada-lindqvist'],
      sentAt: new Date('2024-12-16T18:24:37Z'),
      body: 'Hi Ada, could you introduce me to your CFO contact at Globex?',
    })
    const group = messages[3]
    expect(group?.recipientNames).toBe('Walid Timimi, FICS (UK), MSc (SE),Gus Nakamura')
    expect(group?.recipientKeys).toEqual([
      'url:linkedin.com/in/walid-timimi',
      'url:linkedin.com/in/gus-nakamura',
    ])
  })

  it('reads invitations, recommendations, positions and endorsements', async () => {
    const records = await readAll(join(FIXTURES, 'export-2024'))
    const invitations = ofKind(records, 'invitation')
    expect(invitations.map((i) => [i.direction, i.counterpartName, i.counterpartKey])).toEqual([
      ['outgoing', 'Hana Ito', 'url:linkedin.com/in/hana-ito'],
      ['incoming', 'Jennifer Chavez, MBA, GRN Moon Valley', 'url:linkedin.com/in/jchavez'],
    ])
    expect(invitations[0]?.sentAt).toEqual(new Date('2024-12-15T07:47:00Z'))
    expect(rowsOf(records, 'Invitations.csv').find((r) => r.line === 4)).toMatchObject({
      kind: 'skipped',
      reason: 'bad-date',
    })
    const [recommendation] = ofKind(records, 'recommendation')
    expect(recommendation).toMatchObject({
      direction: 'given',
      counterpartKey: 'name:chiara rossi|acme',
      status: null,
      createdAt: new Date('2024-11-27T09:51:00Z'),
    })
    const positions = ofKind(records, 'position')
    expect(positions.map((p) => [p.title, p.startedOn, p.finishedOn, p.current])).toEqual([
      ['Partner', { year: 2022, month: 2 }, null, true],
      ['Non-Residential Fellow', { year: 2017, month: null }, { year: 2022, month: 1 }, false],
    ])
    const endorsements = ofKind(records, 'endorsement')
    expect(endorsements.map((e) => [e.skill, e.endorserKey, e.endorserLastName])).toEqual([
      ['Executive Search', 'url:linkedin.com/in/bruno-achebe-1a2b3c', 'Achebe'],
      ['Recruiting', 'url:linkedin.com/in/kaveh-laloğlu-2822536', 'Rezaee, PhD'],
    ])
    // The endorser keys to the same contact as the connection, though its URL had no scheme.
    const contactKeys = new Set(ofKind(records, 'contact').map((c) => c.externalKey))
    expect(contactKeys.has(endorsements[0]?.endorserKey ?? '')).toBe(true)
  })

  it('is idempotent: two reads give the same keys, and message keys are unique', async () => {
    const first = await readAll(join(FIXTURES, 'export-2024'))
    const second = await readAll(join(FIXTURES, 'export-2024'))
    const keys = (records: LinkedInRecord[]) =>
      records.map((r) => ('externalKey' in r ? r.externalKey : r.kind))
    expect(keys(second)).toEqual(keys(first))
    const messageKeys = ofKind(first, 'message').map((m) => m.externalKey)
    expect(new Set(messageKeys).size).toBe(messageKeys.length)
  })
})

describe('readLinkedInExport on other generations', () => {
  it('finds the owner from the messages when no sender bears the profile name', async () => {
    const dir = join(scratch, 'renamed')
    await cp(join(FIXTURES, 'export-2024'), dir, { recursive: true })
    const profile = await readFile(join(dir, 'Profile.csv'), 'utf8')
    await writeFile(
      join(dir, 'Profile.csv'),
      profile.replace('Ada,Lindqvist', 'Ada,Lindqvist-Berg'),
    )
    const records = await readAll(dir)
    expect(records[2]).toMatchObject({
      kind: 'owner',
      method: 'most-frequent-sender',
      key: 'url:linkedin.com/in/ada-lindqvist',
    })
    expect(ofKind(records, 'message').map((m) => m.direction)).toEqual(
      ofKind(await readAll(join(FIXTURES, 'export-2024')), 'message').map((m) => m.direction),
    )
  })

  it('reads a 2026 export nested one folder down, with BOMs, full quoting and embedded newlines', async () => {
    const records = await readAll(join(FIXTURES, 'export-2026'))
    const owner = ofKind(records, 'owner')[0]
    expect(owner).toMatchObject({
      method: 'most-frequent-sender',
      key: 'url:linkedin.com/in/sam-owner',
    })
    const contacts = ofKind(records, 'contact')
    expect(contacts.map((c) => [c.line, c.file, c.profileUrl])).toEqual([
      [
        5,
        'Basic_LinkedInDataExport_04-06-2026/Connections.csv',
        'https://www.linkedin.com/in/mia-berg',
      ],
      [
        6,
        'Basic_LinkedInDataExport_04-06-2026/Connections.csv',
        'https://www.linkedin.com/in/omar-said',
      ],
    ])
    const messages = ofKind(records, 'message')
    expect(messages.map((m) => [m.line, m.direction])).toEqual([
      [2, 'incoming'],
      [5, 'outgoing'],
      [6, 'outgoing'],
      [9, 'outgoing'],
    ])
    expect(messages[0]?.body).toBe('Hi Sam,\nAre you hiring?\nI attached my resume, thanks.')
    expect(messages[0]?.intent).toMatchObject({ intent: 'ask', kind: 'job' })
    expect(messages[1]?.body).toBe('Not right now, but "keep in touch", Mia.')
    // The last record's quote closes early and is followed by more text: its first line and
    // the line that is left of it are unreadable.
    expect(ofKind(records, 'skipped').map((s) => [s.line, s.reason])).toEqual([
      [10, 'malformed-csv'],
      [12, 'malformed-csv'],
    ])
    expect(ofKind(records, 'file').map((f) => [f.file.split('/')[1], f.encoding, f.rows])).toEqual([
      ['Connections.csv', 'utf-8-bom', 2],
      ['messages.csv', 'utf-8', 6],
      ['Recommendations_Received.csv', 'utf-8-bom', 1],
    ])
    const [recommendation] = ofKind(records, 'recommendation')
    expect(recommendation).toMatchObject({ direction: 'received', status: 'VISIBLE' })
    expect(recommendation?.text).toContain('\n')
  })

  it('reads a 2018 export: no preamble, no URLs, a Direction column, HTML entities', async () => {
    const records = await readAll(join(FIXTURES, 'export-2018'))
    expect(records[0]).toMatchObject({
      kind: 'owner',
      method: 'direction-column',
      name: 'Abhi Mathur',
    })
    const contacts = ofKind(records, 'contact')
    expect(contacts.map((c) => [c.line, c.externalKey, c.emails])).toEqual([
      [2, 'email:ravi.kumar@example.in', ['ravi.kumar@example.in']],
      [3, 'name:sita rao|infosys', []],
      [4, 'name:ravi kumar|tata, ltd', []],
    ])
    expect(contacts[0]?.connectedOn).toEqual(new Date('2018-01-08T18:14:00Z'))
    const messages = ofKind(records, 'message')
    expect(messages.map((m) => [m.direction, m.body])).toEqual([
      ['incoming', 'I\u2019m raising a round & looking for investors'],
      ['outgoing', 'Sure \u2014 send the deck.'],
    ])
    expect(messages[0]?.intent).toMatchObject({ intent: 'ask', kind: 'money' })
    expect(messages[0]?.conversationId).toBe(messages[1]?.conversationId)
    const skipped = ofKind(records, 'skipped')
    expect(skipped.map((s) => [s.file, s.line, s.reason])).toEqual([
      ['Invitations.csv', 4, 'missing-field'],
    ])
  })
})

describe('readLinkedInExport on a zip', () => {
  it('reads the zip as it reads the folder, nested or not, with BOMs', async () => {
    const folder = join(FIXTURES, 'export-2024')
    const files = await listFiles(folder)
    const zipped = await Promise.all(
      files.map(async (name) => {
        const data = await readFile(join(folder, name))
        const withBom =
          name === 'messages.csv' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), data]) : data
        return { name: `Export_2024/${name}`, data: withBom }
      }),
    )
    const zipPath = join(scratch, 'export.zip')
    await writeFile(
      zipPath,
      makeZip([...zipped, { name: 'Export_2024/Learning.csv', data: 'x\n' }]),
    )
    const fromZip = await readAll(zipPath)
    const fromFolder = await readAll(folder)
    expect(fromZip.map((r) => r.file)).toEqual(fromFolder.map((r) => `Export_2024/${r.file}`))
    const strip = (records: LinkedInRecord[]) =>
      records.filter((r) => r.kind !== 'file').map(({ file: _file, ...rest }) => rest)
    expect(strip(fromZip)).toEqual(strip(fromFolder))
    const encodings = (records: LinkedInRecord[]) => ofKind(records, 'file').map((f) => f.encoding)
    expect(encodings(fromFolder)).not.toContain('utf-8-bom')
    expect(encodings(fromZip)).toEqual(
      ofKind(fromFolder, 'file').map((f) => (f.file === 'messages.csv' ? 'utf-8-bom' : f.encoding)),
    )
  })

  it('describes an export and reports progress up to its total size', async () => {
    const folder = join(FIXTURES, 'export-2024')
    const summary = await describeLinkedInExport(folder)
    expect(summary.files.map((f) => f.kind)).toEqual([
      'profile',
      'connections',
      'positions',
      'invitations',
      'messages',
      'recommendations-given',
      'endorsements-received',
    ])
    expect(summary.missing).toEqual(['recommendations-received'])
    const sizes = await Promise.all(
      (await listFiles(folder)).map(async (n) => (await readFile(join(folder, n))).length),
    )
    expect(summary.totalBytes).toBe(sizes.reduce((a, b) => a + b, 0))
    let last = 0
    await readAll(folder, {
      onProgress: (p: { bytesRead: number; totalBytes: number }) => {
        expect(p.bytesRead).toBeGreaterThanOrEqual(last)
        last = p.bytesRead
      },
    })
    expect(last).toBe(summary.totalBytes)
  })

  it('fails with the file name when a zip entry is corrupt', async () => {
    const data = Buffer.from(
      `CONVERSATION ID,FROM,DATE,CONTENT\n${'c1,Ann,2024-01-01 10:00:00 UTC,hello\n'.repeat(2000)}`,
    )
    const zip = makeZip([{ name: 'messages.csv', data }])
    // Flip bytes of the deflated data, just past the 30-byte local header and the name; the
    // central directory at the end still reads.
    for (let i = 60; i < 80; i++) zip[i] = (zip[i] ?? 0) ^ 0xff
    const zipPath = join(scratch, 'corrupt.zip')
    await writeFile(zipPath, zip)
    const error = await readAll(zipPath).catch((e: unknown) => e)
    expect(isAppError(error) && error.code).toBe('bad_request')
    expect(isAppError(error) && error.message).toContain('messages.csv')
  })

  it('fails clearly on a missing path or a file that is not a zip', async () => {
    const missing = await readAll(join(scratch, 'nope.zip')).catch((e: unknown) => e)
    expect(isAppError(missing) && missing.code).toBe('not_found')
    const notZip = join(scratch, 'notes.txt')
    await writeFile(notZip, 'hello')
    const wrong = await readAll(notZip).catch((e: unknown) => e)
    expect(isAppError(wrong) && wrong.code).toBe('bad_request')
  })
})
