import { describe, expect, it } from 'vitest'
import { generateCommunity } from './community.js'
import { generateNetwork } from './network.js'
import { generateRecommendations } from './recommendations.js'

const now = new Date('2026-11-01T00:00:00Z')

describe('the demo recommendations', () => {
  const community = generateCommunity({ members: 2000, seed: 1, now })
  const network = generateNetwork(community, 1, now)
  const { engagements, recommendations } = generateRecommendations(community, network, 1, now)
  const login = community.members[0]?.id ?? ''

  it('are between colleagues who shared an employer, each on a confirmed engagement of the pair', () => {
    const positions = new Map(
      community.members.map((m) => [m.id, new Set(m.positions.map((p) => p.company))]),
    )
    expect(engagements.length).toBeGreaterThan(50)
    for (const e of engagements) {
      // The demo login's engagements are searches run for a client.
      if (e.proposerId === login || e.otherId === login) {
        expect(e.company).toMatch(/ leadership search$/)
        continue
      }
      expect(positions.get(e.proposerId)?.has(e.company)).toBe(true)
      expect(positions.get(e.otherId)?.has(e.company)).toBe(true)
      expect(e.from <= e.to).toBe(true)
    }
    const byId = new Map(engagements.map((e) => [e.id, e]))
    expect(recommendations.length).toBeGreaterThan(10)
    for (const r of recommendations) {
      const e = byId.get(r.engagementId)
      expect(e?.status).toBe('confirmed')
      expect([e?.proposerId, e?.otherId].sort()).toEqual([r.authorId, r.subjectId].sort())
      expect(r.body).toContain(e?.company ?? '?')
      expect(r.createdAt.getTime()).toBeLessThan(now.getTime())
      expect(r.status === 'pending').toBe(r.approvedAt === null)
    }
    expect(recommendations.filter((r) => r.status === 'approved').length).toBeGreaterThan(
      recommendations.length / 2,
    )
  })

  it('leave the demo login a proposal to confirm and a recommendation to approve', () => {
    expect(engagements.some((e) => e.otherId === login && e.status === 'proposed')).toBe(true)
    expect(recommendations.some((r) => r.subjectId === login && r.status === 'pending')).toBe(true)
    expect(recommendations.some((r) => r.subjectId === login && r.status === 'approved')).toBe(true)
    expect(recommendations.some((r) => r.authorId === login)).toBe(true)
  })

  it('are the same for the same seed', () => {
    expect(generateRecommendations(community, network, 1, now)).toEqual({
      engagements,
      recommendations,
    })
  })
})
