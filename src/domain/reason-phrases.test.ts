import { describe, expect, it } from 'vitest'
import { ago, count, span, times, unit } from './reason-phrases.js'

describe('reason phrases', () => {
  it('counts in words', () => {
    expect([0, 1, 2, 6].map(times)).toEqual(['never', 'once', 'twice', '6 times'])
    expect(count(1, 'ask')).toBe('1 ask')
    expect(count(3, 'reply', 'replies')).toBe('3 replies')
  })

  it('reads spans in the unit a person would use', () => {
    expect(span(47)).toBe('47 days')
    expect(span(100)).toBe('3 months')
    expect(span(4 * 365 + 1)).toBe('4 years')
    expect(span(5 * 365 + 1)).toBe('5 years')
    expect(ago(0.2)).toBe('today')
    expect(ago(1.5)).toBe('yesterday')
    expect(ago(15 * 365.25)).toBe('15 years ago')
  })

  it('clamps to the unit interval', () => {
    expect([-1, 0.4, 2, Number.NaN].map(unit)).toEqual([0, 0.4, 1, 0])
  })
})
