import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { TRIAGE_CLASSES } from '../../src/domain/triage/classifiers.js'

const labelledMessageSchema = z
  .object({
    purpose: z.enum(['job', 'sales', 'investment', 'introduction', 'advice', 'other']),
    text: z.string().min(1),
    labels: z.array(z.enum(TRIAGE_CLASSES)),
  })
  .strict()
export type LabelledMessage = z.output<typeof labelledMessageSchema>

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'triage')

/**
 * The labelled cold messages written for the triage tests: `development` is the set the patterns
 * were written against; `held-out` was written after the patterns were frozen, to measure them
 * on messages they had not seen.
 */
export function labelledMessages(set: 'development' | 'held-out'): LabelledMessage[] {
  const folder = set === 'development' ? FIXTURES : join(FIXTURES, 'held-out')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) =>
      z.array(labelledMessageSchema).parse(JSON.parse(readFileSync(join(folder, name), 'utf8'))),
    )
}
