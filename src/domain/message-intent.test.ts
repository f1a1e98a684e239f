import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  classifyMessageIntent,
  INTENT_PHRASES,
  INTENT_PRIORITY,
  type IntentClass,
} from './message-intent.js'

const FILLER = ['hello', 'thanks', 'for', 'the', 'note', 'see', 'you', 'at', 'conference', 'soon']

function classOf(text: string): IntentClass | 'none' {
  const result = classifyMessageIntent(text)
  if (result.intent === 'none') return 'none'
  return result.intent === 'offer' ? 'offer' : result.kind
}

describe('classifyMessageIntent', () => {
  it('reads the usual asks, offers and small talk', () => {
    expect(classifyMessageIntent('Could you introduce me to your CFO?')).toEqual({
      intent: 'ask',
      kind: 'introduction',
      reason: 'matched "introduce me"',
    })
    expect(classOf('Is your team hiring? I attached my resume.')).toBe('job')
    expect(classOf('We are raising a round and would love you to invest in it')).toBe('money')
    expect(classOf('Can I book a demo of our platform for you this week?')).toBe('sale')
    expect(classOf('Great to meet you. How can I help?')).toBe('offer')
    expect(classOf('Congrats on the new role!')).toBe('none')
    expect(classOf('')).toBe('none')
  })

  it('matches whole words only, any case, curly apostrophes too', () => {
    expect(classOf('reintroduce measures')).toBe('none')
    expect(classOf('PUT ME IN TOUCH with them')).toBe('introduction')
    expect(classOf('I’ll forward your profile to the founder')).toBe('offer')
    expect(classOf('Voici my résumé')).toBe('job')
  })

  it('puts asks before offers when both occur', () => {
    const result = classifyMessageIntent('Happy to help! Could you connect me with Sam?')
    expect(result).toEqual({
      intent: 'ask',
      kind: 'introduction',
      reason: 'matched "connect me with"',
    })
  })

  it('reads the subject too', () => {
    expect(classOf('')).toBe('none')
    expect(classifyMessageIntent('see below', 'Free trial inside')).toMatchObject({
      intent: 'ask',
      kind: 'sale',
    })
  })

  it('classifies every phrase of the table into its own class', () => {
    const entries = INTENT_PRIORITY.flatMap((cls) =>
      INTENT_PHRASES[cls].map((phrase) => [cls, phrase] as const),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...entries),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }),
        fc.boolean(),
        ([cls, phrase], before, after, upper) => {
          const text = [...before, upper ? phrase.toUpperCase() : phrase, ...after].join(' ')
          const result = classifyMessageIntent(text)
          // A phrase may also contain a phrase of a class that comes earlier in the priority.
          const earlier = INTENT_PRIORITY.slice(0, INTENT_PRIORITY.indexOf(cls))
          const got = classOf(text)
          expect(got === cls || earlier.includes(got as IntentClass)).toBe(true)
          expect(result.intent).not.toBe('none')
        },
      ),
    )
  })

  it('never classifies text made only of neutral words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILLER), { maxLength: 30 }), (words) => {
        expect(classOf(words.join(' '))).toBe('none')
      }),
    )
  })
})
