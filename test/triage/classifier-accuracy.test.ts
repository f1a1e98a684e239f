import { describe, expect, it } from 'vitest'
import {
  classifyColdMessage,
  TRIAGE_CLASSES,
  type TriageClass,
} from '../../src/domain/triage/classifiers.js'
import { type LabelledMessage, labelledMessages } from './labelled-messages.js'

const MIN_PRECISION = 0.9
const MIN_RECALL = 0.85

interface Measure {
  precision: number
  recall: number
  line: string
}

function measure(messages: LabelledMessage[], cls: TriageClass): Measure {
  let tp = 0
  let fp = 0
  let fn = 0
  const misses: string[] = []
  for (const message of messages) {
    const predicted = classifyColdMessage(message.text).some((m) => m.cls === cls)
    const actual = message.labels.includes(cls)
    if (predicted && actual) tp++
    else if (predicted) {
      fp++
      misses.push(`false positive: ${message.text}`)
    } else if (actual) {
      fn++
      misses.push(`false negative: ${message.text}`)
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp / (tp + fn)
  const line =
    `| ${cls.padEnd(7)} | ${String(tp + fn).padStart(3)} | ${precision.toFixed(3)} | ` +
    `${recall.toFixed(3)} | ${tp} | ${fp} | ${fn} |` +
    (misses.length > 0 ? `\n    ${misses.join('\n    ')}` : '')
  return { precision, recall, line }
}

describe.each(['development', 'held-out'] as const)(
  'the cold-message classifiers on the %s set',
  (set) => {
    const messages = labelledMessages(set)

    it('has labelled messages of every class and clean negatives', () => {
      expect(messages.length).toBeGreaterThanOrEqual(set === 'development' ? 300 : 60)
      for (const cls of TRIAGE_CLASSES) {
        expect(messages.filter((m) => m.labels.includes(cls)).length).toBeGreaterThanOrEqual(7)
      }
      expect(messages.filter((m) => m.labels.length === 0).length).toBeGreaterThan(
        messages.length / 3,
      )
    })

    it('classifies each class with a precision of at least 0.9 and a sensible recall', () => {
      const results = TRIAGE_CLASSES.map((cls) => measure(messages, cls))
      // Printed so the figures in docs/triage.md can be copied from a run.
      console.log(
        `${set} set, ${messages.length} messages\n| class   |   n | precision | recall | tp | fp | fn |\n` +
          results.map((r) => r.line).join('\n'),
      )
      for (const r of results) {
        expect(r.precision).toBeGreaterThanOrEqual(MIN_PRECISION)
        expect(r.recall).toBeGreaterThanOrEqual(MIN_RECALL)
      }
    })
  },
)
