import { describe, expect, it } from 'vitest'
import type { ApiBenchResult, ApiBenchSide } from '../../../bench/api.bench.js'
import { benchApiCommand, formatApiBench } from './bench-api.js'

function side(requestsPerSecond: number, p50: number, p99: number): ApiBenchSide {
  return {
    requests: requestsPerSecond * 5,
    requestsPerSecond,
    latencyP50Ms: p50,
    latencyP99Ms: p99,
    non2xx: 0,
    errors: 0,
  }
}

const result: ApiBenchResult = {
  database: 'pglite',
  community: { members: 2000, connections: 20624, loadMs: 7000 },
  load: { seconds: 5, connections: 20, warmupRequests: 200, processes: null },
  targets: {
    surname: 'Kumar',
    surnameMatches: 56,
    pathTarget: 'm1',
    pathDegree: 3,
    messageTo: 'm2',
    contact: 'c1',
  },
  routes: [
    {
      name: 'GET /healthz',
      method: 'GET',
      path: '/healthz',
      bearer: false,
      bodyBytes: 11,
      referenceBodyBytes: 11,
      statementsPerRequest: 0,
      ours: side(12000, 1, 9),
      reference: side(20000, 0, 3),
      ratio: { requestsPerSecond: 0.6, latencyP50: null, latencyP99: 3 },
      goalMet: true,
    },
    {
      name: 'GET /api/me',
      method: 'GET',
      path: '/api/me',
      bearer: true,
      bodyBytes: 810,
      referenceBodyBytes: 810,
      statementsPerRequest: 3.4,
      ours: side(330, 55, 120),
      reference: side(19000, 1, 3),
      ratio: { requestsPerSecond: 0.017, latencyP50: 55, latencyP99: 40 },
      goalMet: false,
    },
  ],
  machine: { cpus: 2, node: 'v20', loadAverageBefore: [4, 4, 4], loadAverageAfter: [3, 4, 4] },
  elapsedMs: 70000,
}

describe('bench api', () => {
  it('prints one line per route with both sides and the ratios', () => {
    const lines = formatApiBench(result).split('\n')
    const me = lines.find((l) => l.startsWith('GET /api/me'))
    expect(me).toContain('19,000')
    expect(me).toContain('0.017x')
    expect(me).toContain('40x')
    expect(me?.slice(30).trimStart().startsWith('3.4 ')).toBe(true)
    // A reference latency below autocannon's 1 ms step gives no ratio rather than a division by 0.
    expect(lines.find((l) => l.startsWith('GET /healthz'))).toContain('—')
    expect(me?.endsWith('not met')).toBe(true)
    expect(lines.find((l) => l.startsWith('GET /healthz'))?.endsWith(' met')).toBe(true)
    expect(lines.find((l) => l.startsWith('goal:'))).toContain('0.4x')
    expect(lines.at(-1)).toContain('load average 4 4 4')
  })

  it('says how many processes served each side', () => {
    expect(formatApiBench(result)).toContain('both servers in the bench’s own process')
    const clustered = formatApiBench({ ...result, load: { ...result.load, processes: 2 } })
    expect(clustered).toContain('both servers in 2 processes each, behind one port')
  })

  it('defaults to 2,000 members, 5 seconds and 50 connections', () => {
    const command = benchApiCommand()
    command.parseOptions([])
    expect(command.opts()).toMatchObject({ members: '2000', seconds: '5', connections: '50' })
  })
})
