import { describe, expect, it } from 'vitest'
import { engagementLine, engagementYears } from './engagement.js'

describe('engagement lines', () => {
  it('writes the years as people do', () => {
    expect(engagementYears('2018', '2021')).toBe('2018–2021')
    expect(engagementYears('2018-03', '2018-11')).toBe('2018')
    expect(engagementYears('2019-02-01', null)).toBe('since 2019')
  })

  it('says whether both confirmed', () => {
    expect(engagementLine('Globex', '2018', '2021', true)).toBe(
      'Worked together at Globex, 2018–2021, confirmed by both',
    )
    expect(engagementLine('Project Apollo', '2020', null, false)).toBe(
      'Worked together at Project Apollo, since 2020, not yet confirmed',
    )
  })
})
