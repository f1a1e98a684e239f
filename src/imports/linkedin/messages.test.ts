import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readCsvTable } from '../common/csv-table.js'
import type { ImportedMessage, ImportedOwner, SkippedRow } from '../types.js'
import { ConversationIndex } from './conversations.js'
import { MESSAGES_SPEC } from './message-row.js'
import { readMessages } from './messages.js'

const HEADER =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n'
const ROWS =
  'c1,,Ann Lee,https://www.linkedin.com/in/ann-lee,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 10:00:00 UTC,,Is your team hiring?,INBOX,No,No\n' +
  'c1,,Bo Ek,https://www.linkedin.com/in/bo-ek,Ann Lee,https://www.linkedin.com/in/ann-lee,2024-01-02 10:00:00 UTC,,Not now.,INBOX,No,No\n' +
  'c2,,LinkedIn Member,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-03 10:00:00 UTC,,,SPAM,No,No\n' +
  'c3,,,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-03 10:00:00 UTC,,hi,INBOX,No,No\n' +
  'c3,,Bo Ek,https://www.linkedin.com/in/bo-ek,Cy,https://www.linkedin.com/in/cy,,,hi,INBOX,No,No\n'

async function read(owner: ImportedOwner | null, rows = ROWS, conversations?: ConversationIndex) {
  const out: (ImportedMessage | SkippedRow)[] = []
  const input = Readable.from([HEADER + rows])
  for await (const r of readMessages(
    input,
    'messages.csv',
    owner,
    conversations ? { conversations } : {},
  )) {
    out.push(r)
  }
  return out
}

/** What a scan gathers from the whole file before it is read. */
async function indexOf(rows: string): Promise<ConversationIndex> {
  const index = new ConversationIndex()
  for await (const row of readCsvTable(
    Readable.from([HEADER + rows]),
    'messages.csv',
    MESSAGES_SPEC,
  )) {
    if (row.kind === 'row') index.add(row)
  }
  return index
}

function reasons(records: (ImportedMessage | SkippedRow)[]) {
  return records.map((r) => [r.line, r.kind === 'skipped' ? r.reason : r.kind])
}

const BO = owner({
  name: 'Bo Ek',
  key: 'url:linkedin.com/in/bo-ek',
  method: 'profile-and-messages',
})

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
    expect(messages.map((m) => m.direction)).toEqual(['unknown', 'unknown'])
  })

  it('reads directions against an owner known by URL, or by name only', async () => {
    for (const known of [
      owner({ name: 'Bo Ek', key: 'url:linkedin.com/in/bo-ek', method: 'profile-and-messages' }),
      owner({ name: 'Bo  ek', key: 'name:bo ek|', method: 'profile' }),
    ]) {
      const messages = (await read(known)).filter((r): r is ImportedMessage => r.kind === 'message')
      expect(messages.map((m) => m.direction)).toEqual(['incoming', 'outgoing'])
    }
  })

  it('skips rows with no sender or no date, and "LinkedIn Member", at their lines', async () => {
    const records = await read(null)
    expect(reasons(records)).toEqual([
      [2, 'message'],
      [3, 'message'],
      [4, 'placeholder-sender'],
      [5, 'missing-name'],
      [6, 'missing-date'],
    ])
  })

  it('keeps empty bodies: the message still happened', async () => {
    const [empty] = await read(
      BO,
      'c9,,Ann Lee,https://www.linkedin.com/in/ann-lee,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-05 10:00:00 UTC,,,INBOX,No,No\n',
    )
    expect(empty).toMatchObject({ kind: 'message', body: '', direction: 'incoming' })
    expect((empty as ImportedMessage).intent).toEqual({ intent: 'none' })
  })

  it('takes no placeholder, mail-merge name or LinkedIn mailer for a person', async () => {
    const rows =
      'c1,,LinkedIn Member,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 10:00:00 UTC,,Open to a role?,INBOX,No,No\n' +
      'c2,,%FIRSTNAME% %LASTNAME%,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 11:00:00 UTC,,Hi,INBOX,No,No\n' +
      'c3,,Lisa Nolan at LinkedIn Jobs,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 12:00:00 UTC,,New jobs,INBOX,No,No\n' +
      'c4,,Sarah Walz från LinkedIn,,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 13:00:00 UTC,,Hej,INBOX,No,No\n' +
      'c5,,Lisa Nolan at LinkedIn Jobs,https://www.linkedin.com/in/lisa-nolan,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 14:00:00 UTC,,Hi Bo,INBOX,No,No\n' +
      'c6,,Bo Ek,https://www.linkedin.com/in/bo-ek,LinkedIn Member,,2024-01-01 15:00:00 UTC,,Thanks,INBOX,No,No\n'
    expect(reasons(await read(BO, rows, await indexOf(rows)))).toEqual([
      [2, 'placeholder-sender'],
      [3, 'placeholder-sender'],
      [4, 'system-sender'],
      [5, 'system-sender'],
      [6, 'message'],
      [7, 'placeholder-recipient'],
    ])
  })

  it('skips every row of a sponsored conversation, marked by its title or by the HTML of any row', async () => {
    const rows =
      'c1,Sponsored Conversation,Acme,https://www.linkedin.com/in/acme,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 10:00:00 UTC,,Demo?,INBOX,No,No\n' +
      'c2,,Tom Seller,https://www.linkedin.com/in/tom,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 11:00:00 UTC,,Before our offer,INBOX,No,No\n' +
      'c2,,Bo Ek,https://www.linkedin.com/in/bo-ek,Tom Seller,https://www.linkedin.com/in/tom,2024-01-01 12:00:00 UTC,,No thanks,INBOX,No,No\n' +
      'c2,,Tom Seller,https://www.linkedin.com/in/tom,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 13:00:00 UTC,,"<p class=""spinmail-quill-editor__spin-break"">Hi %FIRSTNAME%</p>",INBOX,No,No\n'
    expect(reasons(await read(BO, rows, await indexOf(rows)))).toEqual([
      [2, 'sponsored'],
      [3, 'sponsored'],
      [4, 'sponsored'],
      [5, 'sponsored'],
    ])
    // Without the scan, only the rows that show it themselves are known.
    expect(reasons(await read(BO, rows))).toEqual([
      [2, 'sponsored'],
      [3, 'message'],
      [4, 'message'],
      [5, 'sponsored'],
    ])
  })

  it("attributes the owner's replies that name no recipient through their conversation", async () => {
    const rows =
      'c1,,Ann Lee,https://www.linkedin.com/in/ann-lee,Bo Ek,https://www.linkedin.com/in/bo-ek,2024-01-01 10:00:00 UTC,,Coffee?,INBOX,No,No\n' +
      'c1,,Bo Ek,https://www.linkedin.com/in/bo-ek,Ann Lee,,2024-01-01 11:00:00 UTC,,Yes!,INBOX,No,No\n' +
      'c1,,Bo Ek,https://www.linkedin.com/in/bo-ek,,,2024-01-01 12:00:00 UTC,,Tuesday,,No,No\n' +
      'c2,,Bo Ek,https://www.linkedin.com/in/bo-ek,,,2024-01-01 13:00:00 UTC,,Hello?,INBOX,No,No\n'
    const records = await read(BO, rows, await indexOf(rows))
    const messages = records.filter((r): r is ImportedMessage => r.kind === 'message')
    expect(
      messages
        .slice(1)
        .map((m) => [m.line, m.recipientKeys, m.recipientNames, m.recipientsFromConversation]),
    ).toEqual([
      [3, ['url:linkedin.com/in/ann-lee'], 'Ann Lee', true],
      [4, ['url:linkedin.com/in/ann-lee'], 'Ann Lee', true],
      [5, [], '', true],
    ])
  })
})
