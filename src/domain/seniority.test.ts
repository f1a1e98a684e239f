import { describe, expect, it } from 'vitest'
import { seniorityOf } from './seniority.js'

describe('seniorityOf', () => {
  it.each([
    ['Chief Executive Officer', 'c_level'],
    ['CEO & Co-Founder', 'c_level'],
    ['CFO', 'c_level'],
    ['President', 'c_level'],
    ['Chief Revenue Officer', 'c_level'],
    ['Vice President, Sales', 'vp'],
    ['SVP Engineering', 'vp'],
    ['VP of Marketing', 'vp'],
    ['Director of Product', 'director'],
    ['Head of Talent', 'director'],
    ['Managing Director', 'director'],
    ['Engineering Manager', 'manager'],
    ['Team Lead, Payments', 'manager'],
    ['Software Engineer', 'individual_contributor'],
    ['Account Executive', 'individual_contributor'],
    ['MBA Student', 'student'],
    ['Summer Intern', 'student'],
    ['', 'unknown'],
    ['   ', 'unknown'],
  ])('%s → %s', (title, band) => {
    expect(seniorityOf(title)).toBe(band)
  })
})
