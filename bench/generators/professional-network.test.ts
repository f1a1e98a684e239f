import { describe, expect, it } from 'vitest'
import { generateProfessionalNetwork } from './professional-network.js'

describe('generateProfessionalNetwork', () => {
  it('is deterministic by seed', () => {
    const a = generateProfessionalNetwork({ members: 3000, seed: 7 })
    const b = generateProfessionalNetwork({ members: 3000, seed: 7 })
    const c = generateProfessionalNetwork({ members: 3000, seed: 8 })
    expect(a.us).toEqual(b.us)
    expect(a.vs).toEqual(b.vs)
    expect(a.weights).toEqual(b.weights)
    expect(a.lions).toEqual(b.lions)
    expect(a.companyOf).toEqual(b.companyOf)
    expect(c.vs).not.toEqual(a.vs)
  })

  it('places every member in one company and plants the LIONs', () => {
    const g = generateProfessionalNetwork({ members: 5000, seed: 1, lions: 4 })
    expect(g.lions.length).toBe(4)
    expect(new Set(g.companyMembers).size).toBe(5000)
    for (let c = 0; c + 1 < g.companyOffsets.length; c++) {
      for (let i = g.companyOffsets[c]!; i < g.companyOffsets[c + 1]!; i++) {
        expect(g.companyOf[g.companyMembers[i]!]).toBe(c)
      }
    }
    for (let i = 0; i < g.weights.length; i++) {
      if (!(g.weights[i]! > 0 && g.weights[i]! <= 1)) throw new Error(`bad strength at ${i}`)
    }
  })
})
