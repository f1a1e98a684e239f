/**
 * The quirks of real LinkedIn exports (testdata/SOURCES.md, section 1a), as rows the generator
 * writes when asked to, each with the outcome an import must report for it.
 */

export interface QuirkPerson {
  first: string
  last: string
  url: string
}

/** A row and what an import of an empty account must make of it. */
export interface QuirkRow {
  values: string[]
  /** `imported`, `merged`, or the reason it is skipped. */
  outcome: string
  /** Written as is, not quoted field by field (a broken row). */
  raw?: string
  /** The person a row that names no recipient is to, as only its conversation shows. */
  attributedTo?: string
}

/** The connection with an emoji in their name, who also writes to the owner. */
export const ROCKET: QuirkPerson = {
  first: 'Priya 🚀',
  last: 'Nair',
  url: 'https://www.linkedin.com/in/priya-nair-rocket',
}

/**
 * Connections rows: a stray quote that opens a field and never closes it (followed by six rows
 * with no quote at all and one with a quoted comma, which a reader that does not resume at the
 * next line swallows), a row repeated, and names with emoji, "styled" letters and non-Latin
 * scripts, one with a percent-encoded URL.
 */
export function connectionQuirks(date: string, repeated: QuirkPerson, company: string): QuirkRow[] {
  const plain = ['Amal', 'Bo', 'Cai', 'Dov', 'Emi', 'Fen'].map(
    (first, i): QuirkRow => ({
      values: [
        first,
        'Plain',
        `https://www.linkedin.com/in/${first.toLowerCase()}-plain-${i}`,
        '',
        'Acme',
        'CEO',
        date,
      ],
      outcome: 'imported',
    }),
  )
  return [
    {
      values: [],
      raw: `Stray,"Quote,https://www.linkedin.com/in/stray-quote,,Acme,CEO,${date}\n`,
      outcome: 'malformed-csv',
    },
    ...plain,
    {
      values: [
        'Gil',
        'Quoted',
        'https://www.linkedin.com/in/gil-quoted',
        '',
        'Foo, Inc.',
        'CFO',
        date,
      ],
      outcome: 'imported',
    },
    {
      values: [repeated.first, repeated.last, repeated.url, '', company, 'CEO', date],
      outcome: 'merged',
    },
    {
      values: [ROCKET.first, ROCKET.last, ROCKET.url, '', 'Hooli', 'CTO', date],
      outcome: 'imported',
    },
    {
      values: [
        '𝓓𝓪𝓷𝓪',
        'Okafor',
        'https://www.linkedin.com/in/%C3%B8ystein-okafor',
        '',
        'Acme',
        'Founder',
        date,
      ],
      outcome: 'imported',
    },
    {
      values: [
        '美咲',
        '佐藤',
        'https://www.linkedin.com/in/misaki-sato',
        '',
        'Tanaka, KK',
        '部長',
        date,
      ],
      outcome: 'imported',
    },
    {
      values: [
        'Ольга',
        'Иванова',
        'https://www.linkedin.com/in/olga-ivanova',
        '',
        '',
        'Директор',
        date,
      ],
      outcome: 'imported',
    },
  ]
}

const SPINMAIL =
  '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%, grow your pipeline with a free demo.</p>'

/**
 * messages.csv rows in the 2024 columns: "LinkedIn Member" in unrelated conversations and the
 * owner's replies to it with no recipient URL, a mail-merge name, LinkedIn's own mailers, two
 * sponsored conversations (one marked by its title, one by the HTML of a later row), replies
 * that name no recipient (found through their conversation), a group message, a reply in a
 * conversation with no one else, an empty body and a sender with an emoji in their name.
 */
export function messageQuirks(
  owner: QuirkPerson,
  people: readonly [QuirkPerson, QuirkPerson, QuirkPerson, QuirkPerson, QuirkPerson],
  stamp: (day: number) => string,
): QuirkRow[] {
  const ownerName = `${owner.first} ${owner.last}`
  const [p1, p2, p3, p4, p5] = people
  const name = (p: QuirkPerson) => `${p.first.trim()} ${p.last}`
  let day = 0
  const message = (
    conversation: string,
    title: string,
    from: string,
    fromUrl: string,
    to: string,
    toUrls: string,
    content: string,
    outcome: string,
  ): QuirkRow => ({
    values: [
      conversation,
      title,
      from,
      fromUrl,
      to,
      toUrls,
      stamp(day++),
      '',
      content,
      'INBOX',
      'No',
      'No',
    ],
    outcome,
  })
  const toOwner = (
    conversation: string,
    title: string,
    from: string,
    url: string,
    content: string,
    outcome: string,
  ) => message(conversation, title, from, url, ownerName, owner.url, content, outcome)
  const fromOwner = (
    conversation: string,
    title: string,
    to: string,
    urls: string,
    content: string,
    outcome: string,
  ) => message(conversation, title, ownerName, owner.url, to, urls, content, outcome)
  return [
    toOwner(
      'q-member-1==',
      '',
      'LinkedIn Member',
      '',
      'Are you open to a new role?',
      'placeholder-sender',
    ),
    fromOwner(
      'q-member-1==',
      '',
      'LinkedIn Member',
      '',
      'Thanks, not right now.',
      'placeholder-recipient',
    ),
    toOwner(
      'q-member-2==',
      '',
      'LinkedIn Member',
      '',
      'Quick question about your team.',
      'placeholder-sender',
    ),
    fromOwner(
      'q-member-2==',
      '',
      'LinkedIn Member',
      '',
      'Sure, ask away.',
      'placeholder-recipient',
    ),
    toOwner(
      'q-merge==',
      '',
      '%FIRSTNAME% %LASTNAME%',
      '',
      'Your profile stood out.',
      'placeholder-sender',
    ),
    toOwner(
      'q-jobs==',
      '',
      'Lisa Nolan at LinkedIn Jobs',
      '',
      'New jobs for you.',
      'system-sender',
    ),
    toOwner(
      'q-inmail==',
      '',
      'Sarah Walz från LinkedIn',
      '',
      'Ditt konto, i korthet.',
      'system-sender',
    ),
    toOwner(
      'q-sponsored-1==',
      'Sponsored Conversation',
      'Acme Growth',
      'https://www.linkedin.com/in/acme-growth',
      SPINMAIL,
      'sponsored',
    ),
    fromOwner(
      'q-sponsored-1==',
      'Sponsored Conversation',
      'Acme Growth',
      'https://www.linkedin.com/in/acme-growth',
      'Please remove me from this list.',
      'sponsored',
    ),
    toOwner(
      'q-sponsored-2==',
      '',
      'Tom Seller',
      'https://www.linkedin.com/in/tom-seller',
      'Hi Morgan, a quick note before our offer.',
      'sponsored',
    ),
    toOwner(
      'q-sponsored-2==',
      '',
      'Tom Seller',
      'https://www.linkedin.com/in/tom-seller',
      SPINMAIL,
      'sponsored',
    ),
    toOwner(
      'q-reply==',
      '',
      name(p1),
      p1.url,
      'Could we talk about the search next week?',
      'imported',
    ),
    {
      ...fromOwner('q-reply==', '', name(p1), '', 'Yes, Tuesday works.', 'imported'),
      attributedTo: p1.url,
    },
    {
      ...fromOwner('q-reply==', '', '', '', 'Sending the notes now.', 'imported'),
      attributedTo: p1.url,
    },
    fromOwner(
      'q-group==',
      'Board',
      'Walid Timimi, FICS (UK), MSc (SE).,Lukas Johansson',
      `${p2.url},${p3.url}`,
      'Agenda attached.',
      'imported',
    ),
    fromOwner('q-alone==', '', '', '', 'Hello?', 'no-recipient'),
    toOwner('q-empty==', '', name(p4), p4.url, '', 'imported'),
    toOwner('q-emoji==', '', name(p5), p5.url, 'Great to meet you 🚀', 'imported'),
  ]
}
