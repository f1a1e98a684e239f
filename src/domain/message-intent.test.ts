import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  classifyMessageIntent,
  INTENT_PATTERNS,
  INTENT_PRIORITY,
  type IntentClass,
  NOT_INTENT,
} from './message-intent.js'

const FILLER = ['hello', 'thanks', 'for', 'the', 'note', 'see', 'you', 'at', 'conference', 'soon']
const FIXTURES = new URL('../../test/fixtures/intent/', import.meta.url)

function classOf(text: string): IntentClass | 'none' {
  const result = classifyMessageIntent(text)
  return result.intent === 'none' ? 'none' : result.kind
}

/** The labelled messages: `label<TAB>message` per line, `#` comments. */
function labelled(): { label: IntentClass | 'none'; text: string }[] {
  const rows: { label: IntentClass | 'none'; text: string }[] = []
  for (const file of readdirSync(FIXTURES).sort()) {
    for (const line of readFileSync(new URL(file, FIXTURES), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue
      const tab = line.indexOf('\t')
      rows.push({ label: line.slice(0, tab) as IntentClass | 'none', text: line.slice(tab + 1) })
    }
  }
  return rows
}

describe('classifyMessageIntent', () => {
  it('reads the usual asks, gives and small talk', () => {
    expect(classifyMessageIntent('Could you introduce me to your CFO?')).toMatchObject({
      intent: 'ask',
      kind: 'introduction',
    })
    expect(classOf('Is your team hiring? I attached my resume.')).toBe('job')
    expect(classOf('We are raising a round and would love you to invest in it')).toBe('money')
    expect(classOf('Can I book a demo of our platform for you this week?')).toBe('sale')
    expect(classOf('My advice: lead with the problem, not the product.')).toBe('advice')
    expect(classOf('Ann, meet Bo. Bo runs growth at Acme.')).toBe('introduction_made')
    expect(classifyMessageIntent('Congrats on the new role!')).toMatchObject({
      intent: 'offer',
      kind: 'congratulations',
    })
    expect(classOf('')).toBe('none')
  })

  it('does not read thanks, condolences or scheduling as asks or gives', () => {
    expect(classOf('Thanks for the congrats!')).toBe('none')
    expect(classOf('Thank you so much for introducing me to Dana.')).toBe('none')
    expect(classOf('So sorry for your loss. If there is anything I can do, let me know.')).toBe(
      'none',
    )
    expect(classOf('Can we move our call to Thursday?')).toBe('none')
    expect(classOf('Happy to meet on Friday.')).toBe('none')
  })

  it('puts asks before gives when both occur, and reads curly apostrophes and the subject', () => {
    expect(classOf('Congrats on the promotion! By the way, are you hiring?')).toBe('job')
    expect(classOf('If I were you I’d wait a month.')).toBe('advice')
    expect(classifyMessageIntent('see below', 'Free trial inside')).toMatchObject({
      intent: 'ask',
      kind: 'sale',
    })
  })

  it('never classifies text made only of neutral words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILLER), { maxLength: 30 }), (words) => {
        expect(classOf(words.join(' '))).toBe('none')
      }),
    )
  })

  it('keeps every pattern in lower case, since they are read over the lowercased text', () => {
    const patterns = [...Object.values(INTENT_PATTERNS), ...Object.values(NOT_INTENT)].flat()
    // Escapes such as \b, \S or \W are not letters of the text.
    const upper = patterns.filter((p) => /[A-Z]/.test(p.replace(/\\./g, '')))
    expect(upper).toEqual([])
  })

  it('reads capitals and mixed case as the same words', () => {
    expect(classOf('COULD YOU INTRODUCE ME TO YOUR CFO?')).toBe('introduction')
    expect(classOf('Congratulations On The New Role!')).toBe('congratulations')
    expect(classOf('FÉLICITATIONS pour le poste')).toBe('congratulations')
  })

  it('quotes what it matched', () => {
    const result = classifyMessageIntent('Would you mind connecting me with Sam?')
    expect(result.intent).toBe('ask')
    if (result.intent !== 'none') expect(result.reason).toMatch(/^matched ".+"$/)
  })
})

describe('intent on the labelled set (test/fixtures/intent)', () => {
  it('reaches precision ≥ 0.9 for every class, and reports precision and recall', () => {
    const rows = labelled()
    expect(rows.length).toBeGreaterThanOrEqual(400)
    const got = rows.map((r) => classOf(r.text))
    const table: string[] = []
    for (const cls of INTENT_PRIORITY) {
      const truePositives = rows.filter((r, i) => r.label === cls && got[i] === cls).length
      const predicted = got.filter((g) => g === cls).length
      const actual = rows.filter((r) => r.label === cls).length
      expect(actual, `${cls} has examples`).toBeGreaterThanOrEqual(40)
      const precision = predicted === 0 ? 0 : truePositives / predicted
      const recall = truePositives / actual
      table.push(
        `${cls.padEnd(18)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (${actual} messages)`,
      )
      expect(precision, `${cls} precision`).toBeGreaterThanOrEqual(0.9)
    }
    const negatives = rows.filter((r) => r.label === 'none')
    const falseAlarms = negatives.filter((r) => classOf(r.text) !== 'none').length
    table.push(`none: ${falseAlarms} of ${negatives.length} read as an ask or a give`)
    console.info(`intent on ${rows.length} labelled messages\n${table.join('\n')}`)
  })
})
