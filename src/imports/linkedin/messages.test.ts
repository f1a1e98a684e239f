import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { ImportedMessage, ImportedOwner, SkippedRow } from '../types.js'
import { readMessages } from './messages.js'

const HEADER =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n'
const ROWS =
  'c1,,Ann Lee,https://www.linkedin.com/in/ann-lee,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 10:00:00 UTC,,Is your team hiring?,INBOX,No,No\n' +
  'c1,,Bo Ek,https://www.linkedin.com/in/bo-ek,Ann Lee,https://www.linkedin.com/in/ann-lee,2024-01-02 10:00:00 UTC,,Not now.,INBOX,No,No\n' +
  'c2,,LinkedIn Member,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-03 10:00:00 UTC,,,SPAM,No,No\n' +
  'c3,,,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-03 10:00:00 UTC,,hi,INBOX,No,No\n' +
  'c3,,Bo Ek,https://www.linkedin.com/in/bo-ek,Cy,https://www.linkedin.com/in/cy,,,hi,INBOX,No,No\n'

async function read(owner: ImportedOwner | null) {
  const out: (ImportedMessage | SkippedRow)[] = []
  for await (const r of readMessages(Readable.from([HEADER + ROWS]), 'messages.csv', owner)) {
    out.push(r)
  }
  return out
}

function owner(partial: Partial<ImportedOwner>): ImportedOwner {
  return {
    kind: 'owner',
    file: 'Profile.csv',
    line: 2,
    name: null,
    profileUrl: null,
    key: null,
    method: 'profile',
    ...partial,
  }
}

describe('readMessages', () => {
  it('leaves the direction unknown without an owner', async () => {
    const records = await read(null)
    const messages = records.filter((r): r is ImportedMessage => r.kind === 'message')
    expect(messages.map((m) => m.direction)).toEqual(['unknown', 'unknown', 'unknown'])
  })

  it('reads directions against an owner known by URL, or by name only', async () => {
    for (const known of [
      owner({ name: 'Bo Ek', key: 'url:linkedin.com/in/bo-ek', method: 'profile-and-messages' }),
      owner({ name: 'Bo  ek', key: 'name:bo ek|', method: 'profile' }),
    ]) {
      const messages = (await read(known)).filter((r): r is ImportedMessage => r.kind === 'message')
      expect(messages.map((m) => m.direction)).toEqual(['incoming', 'outgoing', 'incoming'])
    }
  })

  it('keeps empty bodies, skips rows with no sender or no date at their lines', async () => {
    const records = await read(null)
    expect(records.map((r) => [r.line, r.kind === 'skipped' ? r.reason : r.kind])).toEqual([
      [2, 'message'],
      [3, 'message'],
      [4, 'message'],
      [5, 'missing-name'],
      [6, 'missing-date'],
    ])
    const empty = records[2] as ImportedMessage
    expect(empty).toMatchObject({
      body: '',
      senderProfileUrl: null,
      senderKey: 'name:linkedin member|',
    })
    expect(empty.intent).toEqual({ intent: 'none' })
  })
})
