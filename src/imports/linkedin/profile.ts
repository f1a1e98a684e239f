import type { Readable } from 'node:stream'
import { joinName } from '../common/contact-key.js'
import {
  type CsvTableOptions,
  type CsvTableRow,
  type CsvTableSpec,
  field,
  optionalField,
  readCsvTable,
} from '../common/csv-table.js'
import type { ImportedProfile, SkippedRow } from '../types.js'
import { parseMonthDay } from './dates.js'

export type ProfileColumn =
  | 'firstName'
  | 'lastName'
  | 'headline'
  | 'summary'
  | 'industry'
  | 'location'
  | 'websites'
  | 'twitter'
  | 'birthDate'

export const PROFILE_SPEC: CsvTableSpec<ProfileColumn> = {
  columns: {
    firstName: ['First Name'],
    lastName: ['Last Name'],
    headline: ['Headline'],
    summary: ['Summary'],
    industry: ['Industry'],
    location: ['Geo Location', 'Location'],
    websites: ['Websites'],
    twitter: ['Twitter Handles'],
    birthDate: ['Birth Date'],
  },
  required: ['firstName', 'lastName', 'headline'],
}

/** `[said_sarhang]`, `[a,b]`, `[PORTFOLIO:https://…]`: LinkedIn's bracketed lists. */
export function parseBracketedList(raw: string): string[] {
  const inner = raw.trim().replace(/^\[/, '').replace(/\]$/, '')
  return inner
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** The owner's own profile from a row of Profile.csv; a skip when it holds no name. */
export function profileFromRow(
  row: CsvTableRow<ProfileColumn>,
  file: string,
): ImportedProfile | SkippedRow {
  const firstName = field(row, 'firstName')
  const lastName = field(row, 'lastName')
  const fullName = joinName(firstName, lastName)
  if (fullName === '') {
    return { kind: 'skipped', file, line: row.line, reason: 'missing-name', detail: 'no name' }
  }
  return {
    kind: 'profile',
    file,
    line: row.line,
    firstName,
    lastName,
    fullName,
    headline: optionalField(row, 'headline'),
    summary: optionalField(row, 'summary'),
    industry: optionalField(row, 'industry'),
    location: optionalField(row, 'location'),
    websites: parseBracketedList(field(row, 'websites')),
    twitterHandles: parseBracketedList(field(row, 'twitter')),
    birthDate: parseMonthDay(field(row, 'birthDate')),
  }
}

/** Profile.csv: the owner's own profile, one row. */
export async function* readProfile(
  input: Readable,
  file: string,
  options: CsvTableOptions = {},
): AsyncGenerator<ImportedProfile | SkippedRow> {
  for await (const row of readCsvTable(input, file, PROFILE_SPEC, options)) {
    yield row.kind === 'skipped' ? row : profileFromRow(row, file)
  }
}
