import type { Readable } from 'node:stream'
import {
  canonicalProfileUrl,
  contactExternalKey,
  isEmailAddress,
  joinName,
} from '../common/contact-key.js'
import {
  type CsvTableOptions,
  type CsvTableSpec,
  field,
  optionalField,
  readCsvTable,
} from '../common/csv-table.js'
import type { ImportedContact, SkippedRow } from '../types.js'
import { parseLinkedInDate } from './dates.js'

type Column = 'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn'

/** Current English headers, the 2018 header (no URL) and the German one seen in parser tests. */
export const CONNECTIONS_SPEC: CsvTableSpec<Column> = {
  columns: {
    firstName: ['First Name', 'Vorname'],
    lastName: ['Last Name', 'Nachname'],
    url: ['URL', 'Profile URL'],
    email: ['Email Address', 'E-Mail-Adresse', 'Email'],
    company: ['Company', 'Unternehmen'],
    position: ['Position'],
    connectedOn: ['Connected On', 'Verbunden am'],
  },
  required: ['firstName', 'lastName', 'connectedOn'],
}

/**
 * Connections.csv: one contact per row. The "Notes:" preamble is skipped by finding the header
 * by content. Rows with no name, URL or e-mail (members who left or hide themselves) are
 * skipped as `empty-row`; an `Email Address` that is not an address (2018 exports hold
 * `urn:li:member:…` there) is dropped; an unreadable `Connected On` leaves `connectedOn` null.
 */
export async function* readConnections(
  input: Readable,
  file: string,
  options: CsvTableOptions = {},
): AsyncGenerator<ImportedContact | SkippedRow> {
  for await (const row of readCsvTable(input, file, CONNECTIONS_SPEC, options)) {
    if (row.kind === 'skipped') {
      yield row
      continue
    }
    const firstName = field(row, 'firstName')
    const lastName = field(row, 'lastName')
    const rawUrl = field(row, 'url')
    const rawEmail = field(row, 'email')
    const email = isEmailAddress(rawEmail) ? rawEmail : null
    const profileUrl = rawUrl === '' ? null : canonicalProfileUrl(rawUrl)
    const fullName = joinName(firstName, lastName)
    if (fullName === '' && profileUrl === null && email === null) {
      yield {
        kind: 'skipped',
        file,
        line: row.line,
        reason: 'empty-row',
        detail: 'no name, profile URL or e-mail (a member who left or hides their profile)',
      }
      continue
    }
    const company = optionalField(row, 'company')
    const emails = email === null ? [] : [email]
    yield {
      kind: 'contact',
      source: 'linkedin',
      file,
      line: row.line,
      externalKey: contactExternalKey({ profileUrl, emails, fullName, company }),
      firstName,
      lastName,
      fullName,
      emails,
      phones: [],
      company,
      title: optionalField(row, 'position'),
      profileUrl,
      connectedOn: parseLinkedInDate(field(row, 'connectedOn')),
      note: null,
    }
  }
}
