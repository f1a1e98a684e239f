import { describe, expect, it } from 'vitest'
import { type TriageSignals, triageMessage } from './triage-score.js'

const none: TriageSignals = {
  mutualStrongTies: [],
  metInPerson: false,
  introducedBefore: false,
  student: false,
  inTransition: false,
  openNetworker: false,
}

describe('triageMessage', () => {
  it('gives a plain message with no signals a score of zero and no reasons', () => {
    expect(triageMessage('Could I ask about your thesis?', none)).toEqual({ score: 0, reasons: [] })
  })

  it('sums the weights of the reasons and says each in words', () => {
    const triage = triageMessage('Could we book a demo?', { ...none, student: true })
    expect(triage.reasons.map((r) => r.code)).toEqual(['student', 'pitch'])
    expect(triage.score).toBe(3 - 4)
    expect(triage.reasons[1]?.words).toContain('"book a demo"')
  })

  it('counts at most three mutual strong ties and names two of them', () => {
    const triage = triageMessage('Hello', {
      ...none,
      mutualStrongTies: ['Ana', 'Bo', 'Cy', 'Di'],
    })
    expect(triage.score).toBe(9)
    expect(triage.reasons[0]?.words).toBe(
      'You both count Ana, Bo and 2 more among your strong ties',
    )
  })

  it('counts student and in transition once', () => {
    expect(triageMessage('Hi', { ...none, student: true, inTransition: true }).score).toBe(3)
  })

  it('ranks a warm, known sender above an open networker with a generic opener', () => {
    const warm = triageMessage('Great to see you at the meetup', {
      ...none,
      metInPerson: true,
      introducedBefore: true,
    })
    const cold = triageMessage("Let's connect and explore synergies!", {
      ...none,
      openNetworker: true,
    })
    expect(warm.score).toBe(8)
    expect(cold.score).toBe(-5)
    expect(cold.reasons.map((r) => r.code)).toEqual(['open_networker', 'opener'])
  })
})
