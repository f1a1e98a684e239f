import type { Readable } from 'node:stream'
import {
  canonicalProfileUrl,
  contactExternalKey,
  isEmailAddress,
  joinName,
} from '../common/contact-key.js'
import {
  type CsvHeader,
  type CsvTableOptions,
  type CsvTableSpec,
  readCsvTable,
} from '../common/csv-table.js'
import type { ReadSummary } from '../common/text-input.js'
import type { ImportedContact, SkippedRow } from '../types.js'

export type ContactsCsvFlavour = 'google' | 'outlook'

/** Which columns hold what, found once per header. -1 when absent. */
interface ColumnPlan {
  flavour: ContactsCsvFlavour
  fullName: number
  first: number
  middle: number
  last: number
  company: number
  title: number
  notes: number
  emails: number[]
  phones: number[]
  websites: number[]
}

// @NOTE No column is required: the header is the first row, and its flavour is judged below.
const ANY_HEADER: CsvTableSpec<never> = { columns: {}, required: [], maxPreambleRows: 0 }

function indexOf(titles: readonly string[], ...names: string[]): number {
  for (const name of names) {
    const at = titles.indexOf(name.toLowerCase())
    if (at !== -1) return at
  }
  return -1
}

function indicesMatching(titles: readonly string[], pattern: RegExp): number[] {
  return titles.flatMap((title, i) => (pattern.test(title) ? [i] : []))
}

/**
 * Google writes `E-mail 1 - Value` (and `Given Name`/`Family Name` in its older export), Outlook
 * writes `E-mail Address`. Returns null for any other header.
 */
export function detectContactsCsvFlavour(titles: readonly string[]): ContactsCsvFlavour | null {
  const lower = titles.map((t) => t.trim().toLowerCase())
  if (lower.some((t) => /^e-mail \d+ - value$/.test(t)) || lower.includes('given name'))
    return 'google'
  if (
    lower.includes('e-mail address') ||
    (lower.includes('first name') && lower.includes('job title'))
  ) {
    return 'outlook'
  }
  return null
}

function planFor(titles: readonly string[]): ColumnPlan | null {
  const flavour = detectContactsCsvFlavour(titles)
  if (flavour === null) return null
  const t = titles.map((x) => x.trim().toLowerCase())
  if (flavour === 'google') {
    return {
      flavour,
      fullName: indexOf(t, 'Name'),
      first: indexOf(t, 'First Name', 'Given Name'),
      middle: indexOf(t, 'Middle Name', 'Additional Name'),
      last: indexOf(t, 'Last Name', 'Family Name'),
      company: indexOf(t, 'Organization Name', 'Organization 1 - Name'),
      title: indexOf(t, 'Organization Title', 'Organization 1 - Title'),
      notes: indexOf(t, 'Notes'),
      emails: indicesMatching(t, /^e-mail \d+ - value$/),
      phones: indicesMatching(t, /^phone \d+ - value$/),
      websites: indicesMatching(t, /^website \d+ - value$/),
    }
  }
  return {
    flavour,
    fullName: -1,
    first: indexOf(t, 'First Name'),
    middle: indexOf(t, 'Middle Name'),
    last: indexOf(t, 'Last Name'),
    company: indexOf(t, 'Company'),
    // @NOTE Outlook's "Title" is the honorific (Mr., Dr.); the job is "Job Title".
    title: indexOf(t, 'Job Title'),
    notes: indexOf(t, 'Notes'),
    emails: indicesMatching(t, /^e-mail( \d)? address$/),
    phones: indicesMatching(t, /phone( \d)?$/),
    websites: indicesMatching(t, /^web page$/),
  }
}

function at(fields: readonly string[], index: number): string {
  return index === -1 ? '' : (fields[index] ?? '').trim()
}

/** Google packs several values in one cell as `a ::: b`. */
function values(fields: readonly string[], indices: readonly number[]): string[] {
  const out: string[] = []
  for (const index of indices) {
    for (const value of at(fields, index).split(' ::: ')) {
      const trimmed = value.trim()
      if (trimmed !== '' && !out.includes(trimmed)) out.push(trimmed)
    }
  }
  return out
}

function contactFromRow(
  plan: ColumnPlan,
  fields: readonly string[],
  file: string,
  line: number,
): ImportedContact | SkippedRow {
  const firstName = at(fields, plan.first)
  const lastName = at(fields, plan.last)
  const middle = at(fields, plan.middle)
  const named = at(fields, plan.fullName)
  const fullName = named !== '' ? named : joinName(joinName(firstName, middle), lastName)
  const emails = values(fields, plan.emails).filter(isEmailAddress)
  if (fullName === '' && emails.length === 0) {
    return { kind: 'skipped', file, line, reason: 'empty-row', detail: 'no name and no e-mail' }
  }
  const linkedIn = values(fields, plan.websites).find((u) => /linkedin\.com\/(in|pub)\//i.test(u))
  const profileUrl = linkedIn === undefined ? null : canonicalProfileUrl(linkedIn)
  const company = at(fields, plan.company) || null
  const displayName = fullName === '' ? (emails[0] ?? '') : fullName
  return {
    kind: 'contact',
    source: plan.flavour === 'google' ? 'google-csv' : 'outlook-csv',
    file,
    line,
    externalKey: contactExternalKey({ profileUrl, emails, fullName: displayName, company }),
    firstName,
    lastName,
    fullName: displayName,
    emails,
    phones: values(fields, plan.phones),
    company,
    title: at(fields, plan.title) || null,
    profileUrl,
    connectedOn: null,
    note: at(fields, plan.notes).replace(/\r\n?/g, '\n') || null,
  }
}

/**
 * Streams the contacts of a Google Contacts or Outlook CSV export, telling them apart by the
 * header (see detectContactsCsvFlavour). UTF-8 with or without BOM, UTF-16 with BOM, and
 * Windows-1252 are read (see TextInput). A header of neither kind yields one
 * `unrecognised-header` skip and no rows; a row with neither a name nor an e-mail is
 * `empty-row`. Returns the encoding the file was read in.
 */
export async function* readContactsCsv(
  input: Readable,
  file: string,
  options: CsvTableOptions = {},
): AsyncGenerator<ImportedContact | SkippedRow, ReadSummary> {
  const table = readCsvTable(input, file, ANY_HEADER, options)
  let plan: ColumnPlan | null | undefined
  let planHeader: CsvHeader<never> | null = null
  for (;;) {
    const next = await table.next()
    if (next.done) return next.value
    const row = next.value
    if (row.kind === 'skipped') {
      if (plan !== null) yield row
      continue
    }
    if (row.header !== planHeader) {
      planHeader = row.header
      plan = planFor(row.header.titles)
      if (plan === null) {
        yield {
          kind: 'skipped',
          file,
          line: row.header.line,
          reason: 'unrecognised-header',
          detail: 'neither a Google Contacts nor an Outlook CSV header',
        }
      }
    }
    // @NOTE The rest of a file of the wrong kind is read, not used: its encoding and size still
    // count, and it holds no rows.
    if (plan) yield contactFromRow(plan, row.cells.all(), file, row.line)
  }
}
