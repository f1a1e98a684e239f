import type { Readable } from 'node:stream'
import { normaliseName } from '../common/contact-key.js'
import {
  type CsvTableOptions,
  type CsvTableSpec,
  field,
  optionalField,
  readCsvTable,
} from '../common/csv-table.js'
import type { ImportedPosition, SkippedRow } from '../types.js'
import { parseYearMonth } from './dates.js'

type Column = 'company' | 'title' | 'description' | 'location' | 'startedOn' | 'finishedOn'

export const POSITIONS_SPEC: CsvTableSpec<Column> = {
  columns: {
    company: ['Company Name'],
    title: ['Title'],
    description: ['Description'],
    location: ['Location'],
    startedOn: ['Started On'],
    finishedOn: ['Finished On'],
  },
  required: ['company', 'title'],
}

/** Positions.csv: an empty Finished On means the position is current. */
export async function* readPositions(
  input: Readable,
  file: string,
  options: CsvTableOptions = {},
): AsyncGenerator<ImportedPosition | SkippedRow> {
  for await (const row of readCsvTable(input, file, POSITIONS_SPEC, options)) {
    if (row.kind === 'skipped') {
      yield row
      continue
    }
    const companyName = field(row, 'company')
    const title = field(row, 'title')
    if (companyName === '' && title === '') {
      yield {
        kind: 'skipped',
        file,
        line: row.line,
        reason: 'empty-row',
        detail: 'no company or title',
      }
      continue
    }
    const rawStart = field(row, 'startedOn')
    const rawEnd = field(row, 'finishedOn')
    const startedOn = parseYearMonth(rawStart)
    const finishedOn = parseYearMonth(rawEnd)
    yield {
      kind: 'position',
      file,
      line: row.line,
      externalKey: `pos:${normaliseName(companyName)}|${normaliseName(title)}|${rawStart}`,
      companyName,
      title,
      description: optionalField(row, 'description'),
      location: optionalField(row, 'location'),
      startedOn,
      finishedOn,
      current: rawEnd === '',
    }
  }
}
