import type { Readable } from 'node:stream'
import { canonicalProfileUrl, joinName, nameKey, profileKey } from '../common/contact-key.js'
import {
  type CsvTableOptions,
  type CsvTableSpec,
  field,
  optionalField,
  readCsvTable,
} from '../common/csv-table.js'
import type { ImportedEndorsement, SkippedRow } from '../types.js'
import { parseLinkedInDate } from './dates.js'

type Column = 'date' | 'skill' | 'firstName' | 'lastName' | 'url' | 'status'

export const ENDORSEMENTS_RECEIVED_SPEC: CsvTableSpec<Column> = {
  columns: {
    date: ['Endorsement Date'],
    skill: ['Skill Name'],
    firstName: ['Endorser First Name'],
    lastName: ['Endorser Last Name'],
    url: ['Endorser Public Url'],
    status: ['Endorsement Status'],
  },
  required: ['skill', 'firstName', 'lastName'],
}

/**
 * Endorsement_Received_Info.csv. Endorser URLs have no scheme (`www.linkedin.com/in/…`); they
 * are made canonical so they key to the same contact as Connections.csv. A row without a
 * skill is `missing-field`, without an endorser `missing-name`.
 */
export async function* readEndorsementsReceived(
  input: Readable,
  file: string,
  options: CsvTableOptions = {},
): AsyncGenerator<ImportedEndorsement | SkippedRow> {
  for await (const row of readCsvTable(input, file, ENDORSEMENTS_RECEIVED_SPEC, options)) {
    if (row.kind === 'skipped') {
      yield row
      continue
    }
    const skill = field(row, 'skill')
    const firstName = field(row, 'firstName')
    const lastName = field(row, 'lastName')
    const fullName = joinName(firstName, lastName)
    const rawUrl = field(row, 'url')
    const endorserProfileUrl = rawUrl === '' ? null : canonicalProfileUrl(rawUrl)
    if (skill === '') {
      yield {
        kind: 'skipped',
        file,
        line: row.line,
        reason: 'missing-field',
        detail: 'no Skill Name',
      }
      continue
    }
    if (fullName === '' && endorserProfileUrl === null) {
      yield { kind: 'skipped', file, line: row.line, reason: 'missing-name', detail: 'no endorser' }
      continue
    }
    const endorserKey =
      (endorserProfileUrl === null ? null : profileKey(endorserProfileUrl)) ?? nameKey(fullName)
    yield {
      kind: 'endorsement',
      file,
      line: row.line,
      externalKey: `end:${endorserKey}|${skill.toLowerCase()}`,
      skill,
      endorsedAt: parseLinkedInDate(field(row, 'date')),
      endorserFirstName: firstName,
      endorserLastName: lastName,
      endorserProfileUrl,
      endorserKey,
      status: optionalField(row, 'status'),
    }
  }
}
