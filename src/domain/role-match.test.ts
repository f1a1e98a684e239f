import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesAnyRole, matchesRole } from './role-match.js'

describe('matchesRole', () => {
  it.each([
    ['Head of Sales', 'Head of Sales', true],
    ['VP Sales', 'Head of Sales', true],
    ['Chief Revenue Officer, Sales', 'Head of Sales', true],
    ['Sales Manager', 'Head of Sales', false],
    ['Head of Marketing', 'Head of Sales', false],
    ['Account Executive', 'Head of Sales', false],
    ['Chief Financial Officer', 'CFO', true],
    ['CFO', 'Chief Financial Officer', true],
    ['CEO', 'CFO', false],
    ['Senior Software Engineer', 'Software Engineering', true],
    ['Software Engineer', 'Engineering Manager', false],
    ['Director of Product', 'Director', true],
    ['Product Manager', 'Director', false],
    ['Data Scientist', 'data scientist', true],
    ['', 'Head of Sales', false],
    ['Head of Sales', 'of the', false],
  ])('%s for %s: %s', (title, role, expected) => {
    expect(matchesRole(title, role)).toBe(expected)
  })

  it('ignores case and punctuation on either side', () => {
    const vocabulary = ['head', 'of', 'sales', 'vp', 'engineering', 'manager', 'chief']
    const text = fc.array(
      fc.constantFrom(...vocabulary, 'financial', 'officer', 'director', 'cfo'),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    fc.assert(
      fc.property(text, text, (title, role) => {
        const plain = matchesRole(title.join(' '), role.join(' '))
        expect(matchesRole(title.join(', ').toUpperCase(), role.join(' / '))).toBe(plain)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('matchesAnyRole', () => {
  it('matches when one of the roles does, and never with no roles', () => {
    expect(matchesAnyRole('VP Sales', ['CFO', 'Head of Sales'])).toBe(true)
    expect(matchesAnyRole('VP Sales', ['CFO'])).toBe(false)
    expect(matchesAnyRole('VP Sales', [])).toBe(false)
  })
})
