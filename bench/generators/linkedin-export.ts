import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type ExpectedFile, ExpectedRows } from './expected-rows.js'
import { connectionQuirks, messageQuirks, type QuirkRow, ROCKET } from './linkedin-quirks.js'

export interface LinkedInExportOptions {
  connections?: number
  messages?: number
  invitations?: number
  endorsements?: number
  seed?: number
  /**
   * Adds the quirks of real exports (see linkedin-quirks.ts) and writes Invitations.csv as
   * UTF-16 and Recommendations_Given.csv as Windows-1252.
   */
  quirks?: boolean
}

export interface GeneratedLinkedInExport {
  dir: string
  connections: number
  messages: number
  conversations: number
  invitations: number
  endorsements: number
  bytes: number
  /** What importing the export into an empty account must report, file by file. */
  expected: ExpectedFile[]
  /** Rows that name no recipient, by whom the conversation shows they are to, and when. */
  attributed: { profileUrl: string; date: string }[]
}

/** How a generated contact behaves in messages; the mix is what the scores must find. */
export type Behaviour = 'answers' | 'slow' | 'never-answers' | 'only-asks' | 'gives'

const BEHAVIOURS: readonly [Behaviour, number][] = [
  ['answers', 0.45],
  ['slow', 0.15],
  ['never-answers', 0.2],
  ['only-asks', 0.12],
  ['gives', 0.08],
]

const FIRST = [
  'Ada',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Eun-ji',
  'Farah',
  'Gustavo',
  'Hana',
  'Ivan',
  'Jürgen',
  'Kwame',
  'Léa',
  'Mei',
  'Nikolai',
  'Olu',
  'Priya',
  'Quentin',
  'Rania',
  'Søren',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Xóchitl',
  'Yusuf',
  'Zanele',
  '美咲',
  'Александр',
]
const LAST = [
  'Achebe',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fujita',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Ueda',
  'Varga',
  'Wójcik',
  'Xu',
  'Yilmaz',
  'Zhou',
  '佐藤',
]
const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Northwind',
  'Contoso',
  'Foo, Inc.',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Pied Piper',
  'Soylent, Ltd',
  'Cyberdyne',
  'Tyrell',
  '',
]
const TITLES = [
  'CEO',
  'CFO',
  'VP Sales',
  'Director of Engineering',
  'Engineering Manager',
  'Software Engineer',
  'Recruiter',
  'Partner',
  'Founder',
  'Student',
  'Head of Talent, EMEA',
]
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const SMALL_TALK = [
  'Thanks for connecting!',
  "Great to meet you at the conference, let's stay in touch.",
  'Congrats on the new role!',
  'Sounds good, talk soon.',
  'Thanks, "much appreciated", see you Tuesday.',
  'Sure — I will send the notes tonight.',
  'Hi,\nquick update: the project shipped.\nBest,',
  'Happy new year!',
  'Interesting article, thanks for sharing it.',
]
const ASKS = [
  'Could you introduce me to your CFO at Globex?',
  'Is your team hiring? I attached my resume.',
  'We are raising a round and would love you to invest in it.',
  'Can I book a demo of our platform with you, 15-minute call next week?',
  'Would you put me in touch with the head of talent, please?',
  'Do you know anyone at Hooli who could refer me?',
]
const OFFERS = [
  'How can I help with the search?',
  'Happy to introduce you to the founders, just say the word.',
  'I can put you in touch with their CTO.',
  'Let me know if I can help, happy to help anytime.',
]
const REPLIES = [
  'Thanks! Let me think about it, I will get back to you.',
  'Sure, happy to chat. How about Thursday?',
  'Not right now, but "keep in touch".',
  'Done, I forwarded it.\nLet me know how it goes.',
  'Great, thank you.',
]

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function csv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

function row(values: readonly string[]): string {
  return `${values.map(csv).join(',')}\n`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function stamp(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`
}

function usStamp(ms: number): string {
  const d = new Date(ms)
  const h = d.getUTCHours()
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`
}

type FileEncoding = ExpectedFile['encoding']

function encode(text: string, encoding: FileEncoding): Buffer {
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le')
  // @NOTE Latin-1 and Windows-1252 agree outside 0x80-0x9f, which the text written avoids.
  if (encoding === 'windows-1252') return Buffer.from(text, 'latin1')
  return Buffer.from(text, 'utf8')
}

/** Buffers rows and writes them with backpressure, so memory stays flat however big the file. */
class RowWriter {
  private buffer = ''
  bytes = 0
  constructor(
    private readonly out: WriteStream,
    private readonly encoding: FileEncoding,
  ) {
    if (encoding === 'utf-16le') this.buffer = '\uFEFF'
  }
  async write(text: string): Promise<void> {
    this.buffer += text
    if (this.buffer.length >= 1 << 20) await this.flush()
  }
  async flush(): Promise<void> {
    if (this.buffer === '') return
    const chunk = encode(this.buffer, this.encoding)
    this.bytes += chunk.length
    this.buffer = ''
    if (!this.out.write(chunk)) await once(this.out, 'drain')
  }
  async close(): Promise<number> {
    await this.flush()
    this.out.end()
    await once(this.out, 'finish')
    return this.bytes
  }
}

function writer(
  dir: string,
  name: string,
  expected: ExpectedRows,
  encoding: FileEncoding = 'utf-8',
): RowWriter {
  expected.file(name, encoding)
  return new RowWriter(createWriteStream(join(dir, name)), encoding)
}

async function writeQuirks(
  out: RowWriter,
  file: string,
  rows: readonly QuirkRow[],
  expected: ExpectedRows,
): Promise<void> {
  for (const quirk of rows) {
    await out.write(quirk.raw ?? row(quirk.values))
    if (quirk.outcome === 'imported') expected.imported(file)
    else if (quirk.outcome === 'merged') expected.merged(file)
    else expected.skipped(file, quirk.outcome)
  }
}

/** Names Windows-1252 can write (no CJK, no Cyrillic). */
function isLatin(text: string): boolean {
  return /^[\u0020-\u007e\u00a0-\u00ff]*$/.test(text)
}

interface Person {
  first: string
  last: string
  url: string
  company: string
  title: string
  behaviour: Behaviour
}

/**
 * Writes a LinkedIn export folder in the 2024 format (see testdata/SOURCES.md): Connections.csv
 * with its Notes preamble, messages.csv, Invitations.csv, Endorsement_Received_Info.csv,
 * Recommendations_Given.csv, Positions.csv and Profile.csv. Seeded, so the same options give
 * the same bytes. Contacts are picked for conversations with a heavy tail (a few talk a lot),
 * and each behaves one way: answers, answers slowly, never answers, only asks, or gives.
 */
export async function generateLinkedInExport(
  dir: string,
  options: LinkedInExportOptions = {},
): Promise<GeneratedLinkedInExport> {
  const connections = options.connections ?? 30_000
  const messageCount = options.messages ?? 1_000_000
  const invitationCount = options.invitations ?? Math.round(connections / 15)
  const endorsementCount = options.endorsements ?? 200
  const random = mulberry32(options.seed ?? 42)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const quirks = options.quirks ?? false
  const expected = new ExpectedRows()
  await mkdir(dir, { recursive: true })
  let bytes = 0

  const owner = { first: 'Morgan', last: 'Vale', url: 'https://www.linkedin.com/in/morgan-vale' }
  const profile = writer(dir, 'Profile.csv', expected)
  await profile.write(
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n',
  )
  await profile.write(
    row([
      owner.first,
      owner.last,
      '',
      '',
      'Mar 31',
      'Partner, Vale Search',
      'Executive search.',
      'Staffing and Recruiting',
      '',
      'Berlin, Germany',
      '[morganvale]',
      '[COMPANY:https://vale.example]',
      '',
    ]),
  )
  // @NOTE Imported when it names a member the import created; a member with a name of their own
  // keeps it, and the row is then merged.
  expected.imported('Profile.csv')
  bytes += await profile.close()

  const people: Person[] = []
  const end = Date.UTC(2024, 11, 16)
  const start = end - 4 * 365 * 86_400_000
  const contacts = writer(dir, 'Connections.csv', expected)
  await contacts.write(
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
  )
  for (let i = 0; i < connections; i++) {
    const connectedOn = new Date(end - (i / connections) * (end - start))
    const date = `${pad(connectedOn.getUTCDate())} ${MONTHS[connectedOn.getUTCMonth()]} ${connectedOn.getUTCFullYear()}`
    if (quirks && i === Math.floor(connections / 3) && people[0] !== undefined) {
      const rows = connectionQuirks(date, people[0], people[0].company)
      await writeQuirks(contacts, 'Connections.csv', rows, expected)
    }
    if (random() < 0.012) {
      await contacts.write(`,,,,,,${date}\n`)
      expected.skipped('Connections.csv', 'empty-row')
      continue
    }
    const first = pick(FIRST)
    const last = pick(LAST)
    let roll = random()
    let behaviour: Behaviour = 'answers'
    for (const [b, share] of BEHAVIOURS) {
      if (roll < share) {
        behaviour = b
        break
      }
      roll -= share
    }
    const person: Person = {
      first: random() < 0.02 ? ` ${first}` : first,
      last,
      url: `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}-${i.toString(36)}`,
      company: pick(COMPANIES),
      title: pick(TITLES),
      behaviour,
    }
    people.push(person)
    const email = random() < 0.012 ? `${i.toString(36)}@mail.example` : ''
    await contacts.write(
      row([person.first, person.last, person.url, email, person.company, person.title, date]),
    )
    expected.imported('Connections.csv')
  }
  bytes += await contacts.close()

  const messages = writer(dir, 'messages.csv', expected)
  await messages.write(
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n',
  )
  const ownerName = `${owner.first} ${owner.last}`
  let written = 0
  let conversations = 0
  while (written < messageCount && people.length > 0) {
    // @NOTE x^3 of a uniform draw: a heavy head of contacts who talk a lot, a long quiet tail.
    const person = people[Math.floor(random() ** 3 * people.length)] as Person
    const name = `${person.first.trim()} ${person.last}`
    const id = `2-${(conversations++).toString(36)}==`
    const length = Math.min(messageCount - written, 1 + Math.floor(-Math.log(1 - random()) * 4))
    let at = start + random() * (end - start - 30 * 86_400_000)
    const theyStart = person.behaviour === 'only-asks' || random() < 0.4
    for (let k = 0; k < length; k++) {
      const fromThem = theyStart ? k % 2 === 0 : k % 2 === 1
      if (fromThem && k > 0 && person.behaviour === 'never-answers') break
      const body = fromThem
        ? person.behaviour === 'only-asks'
          ? pick(ASKS)
          : person.behaviour === 'gives' && random() < 0.5
            ? pick(OFFERS)
            : pick(SMALL_TALK)
        : k === 0
          ? random() < 0.15
            ? pick(ASKS)
            : random() < 0.2
              ? pick(OFFERS)
              : pick(SMALL_TALK)
          : pick(REPLIES)
      const draft = random() < 0.001 ? 'Yes' : 'No'
      await messages.write(
        row([
          id,
          '',
          fromThem ? name : ownerName,
          fromThem ? person.url : owner.url,
          fromThem ? ownerName : name,
          fromThem ? owner.url : person.url,
          stamp(at),
          '',
          body,
          'INBOX',
          draft,
          'No',
        ]),
      )
      if (draft === 'Yes') expected.skipped('messages.csv', 'draft')
      else expected.imported('messages.csv')
      written++
      const hours = person.behaviour === 'slow' ? 72 + random() * 400 : 0.2 + random() * 30
      at += hours * 3_600_000
    }
  }
  const [p1, p2, p3, p4] = people
  const attributed: GeneratedLinkedInExport['attributed'] = []
  if (quirks && p1 !== undefined && p2 !== undefined && p3 !== undefined && p4 !== undefined) {
    const rows = messageQuirks(owner, [p1, p2, p3, p4, ROCKET], (day) =>
      stamp(end - (day + 1) * 86_400_000),
    )
    await writeQuirks(messages, 'messages.csv', rows, expected)
    for (const quirk of rows) {
      const date = quirk.values[6]
      if (quirk.attributedTo !== undefined && date !== undefined) {
        attributed.push({ profileUrl: quirk.attributedTo, date })
      }
    }
  }
  bytes += await messages.close()

  const invitations = writer(dir, 'Invitations.csv', expected, quirks ? 'utf-16le' : 'utf-8')
  await invitations.write('From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n')
  for (let i = 0; i < invitationCount; i++) {
    const person = pick(people)
    const outgoing = random() < 0.9
    const name = `${person.first.trim()} ${person.last}`
    const sentAt = usStamp(end - random() * 180 * 86_400_000)
    expected.keyed('Invitations.csv', `${outgoing}|${person.url}|${sentAt}`)
    await invitations.write(
      row([
        outgoing ? ownerName : name,
        outgoing ? name : ownerName,
        sentAt,
        random() < 0.05 ? 'Hi, would love to connect, we met at the summit.' : '',
        outgoing ? 'OUTGOING' : 'INCOMING',
        outgoing ? owner.url : person.url,
        outgoing ? person.url : owner.url,
      ]),
    )
  }
  bytes += await invitations.close()

  const endorsements = writer(dir, 'Endorsement_Received_Info.csv', expected)
  await endorsements.write(
    'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n',
  )
  for (let i = 0; i < endorsementCount; i++) {
    const person = pick(people)
    const when = stamp(end - random() * 700 * 86_400_000).replaceAll('-', '/')
    const skill = pick(['Executive Search', 'Recruiting', 'Leadership'])
    expected.keyed('Endorsement_Received_Info.csv', `${person.url.toLowerCase()}|${skill}`)
    await endorsements.write(
      row([
        when,
        skill,
        person.first.trim(),
        person.last,
        person.url.replace('https://', ''),
        'ACCEPTED',
      ]),
    )
  }
  bytes += await endorsements.close()

  const recommendations = writer(
    dir,
    'Recommendations_Given.csv',
    expected,
    quirks ? 'windows-1252' : 'utf-8',
  )
  await recommendations.write('First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n')
  const recommended = quirks ? people.filter((p) => isLatin(p.first + p.last + p.company)) : people
  const praise = quirks
    ? 'En noggrann och varm kollega, som jag gärna arbetar med igen.'
    : 'A thoughtful, rigorous colleague.\nWould work with again.'
  for (let i = 0; i < 10; i++) {
    const person = pick(recommended)
    const name = `${person.first.trim()} ${person.last}`.toLowerCase()
    expected.keyed('Recommendations_Given.csv', `${name}|${person.company.toLowerCase()}`)
    await recommendations.write(
      row([
        person.first.trim(),
        person.last,
        person.company,
        person.title,
        praise,
        usStamp(end - i * 86_400_000),
        '',
      ]),
    )
  }
  bytes += await recommendations.close()

  const positions = writer(dir, 'Positions.csv', expected)
  await positions.write('Company Name,Title,Description,Location,Started On,Finished On\n')
  await positions.write(row(['Vale Search', ' Partner ', 'Executive search.', '', 'Feb 2022', '']))
  await positions.write(row(['Think Tank', 'Fellow', '', '', '2017', 'Jan 2022']))
  expected.imported('Positions.csv')
  expected.imported('Positions.csv')
  bytes += await positions.close()

  return {
    dir,
    connections,
    messages: written,
    conversations,
    invitations: invitationCount,
    endorsements: endorsementCount,
    bytes,
    expected: expected.list(),
    attributed,
  }
}
