import { hash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { joinName, nameKey } from '../common/contact-key.js'
import {
  type CsvTableOptions,
  type CsvTableSpec,
  field,
  optionalField,
  readCsvTable,
} from '../common/csv-table.js'
import type { ImportedRecommendation, SkippedRow } from '../types.js'
import { parseLinkedInDate } from './dates.js'

type Column = 'firstName' | 'lastName' | 'company' | 'jobTitle' | 'text' | 'createdAt' | 'status'

export const RECOMMENDATIONS_SPEC: CsvTableSpec<Column> = {
  columns: {
    firstName: ['First Name'],
    lastName: ['Last Name'],
    company: ['Company'],
    jobTitle: ['Job Title'],
    text: ['Text'],
    createdAt: ['Creation Date'],
    status: ['Status'],
  },
  required: ['firstName', 'lastName', 'text'],
}

/**
 * Recommendations_Given.csv and Recommendations_Received.csv (same header). A row without a
 * name is `missing-name`; an unreadable Creation Date leaves `createdAt` null.
 */
export async function* readRecommendations(
  input: Readable,
  file: string,
  direction: 'given' | 'received',
  options: CsvTableOptions = {},
): AsyncGenerator<ImportedRecommendation | SkippedRow> {
  for await (const row of readCsvTable(input, file, RECOMMENDATIONS_SPEC, options)) {
    if (row.kind === 'skipped') {
      yield row
      continue
    }
    const firstName = field(row, 'firstName')
    const lastName = field(row, 'lastName')
    const fullName = joinName(firstName, lastName)
    if (fullName === '') {
      yield { kind: 'skipped', file, line: row.line, reason: 'missing-name', detail: 'no name' }
      continue
    }
    const text = field(row, 'text')
    const company = optionalField(row, 'company')
    const createdAt = parseLinkedInDate(field(row, 'createdAt'))
    const counterpartKey = nameKey(fullName, company)
    yield {
      kind: 'recommendation',
      file,
      line: row.line,
      externalKey: `rec:${hash('sha1', `${direction}\u0000${counterpartKey}\u0000${text}`)}`,
      direction,
      firstName,
      lastName,
      company,
      jobTitle: optionalField(row, 'jobTitle'),
      text,
      createdAt,
      status: optionalField(row, 'status'),
      counterpartKey,
    }
  }
}
