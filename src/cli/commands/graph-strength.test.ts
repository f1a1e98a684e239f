import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/setup/cli.js'
import { tieStrength } from '../../domain/tie-strength.js'
import { rocAuc } from '../../graph/roc-auc.js'
import { parseTemporalEvents } from '../../graph/temporal-events.js'
import { pairKeyOf, pairsActiveFrom, strengthsAt } from '../../graph/temporal-strength.js'
import { graphCommand } from './graph.js'

const collegeMsg = fileURLToPath(
  new URL('../../../../shared/testdata/graphs/CollegeMsg.txt', import.meta.url),
)

async function run(...args: string[]): Promise<{ out: string; err: string; code: unknown }> {
  const { out, err } = await runCommand(graphCommand(), args)
  const code = process.exitCode
  process.exitCode = 0
  return { out, err, code }
}

function eventsFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'graph-strength-')), 'events.txt')
  writeFileSync(file, text)
  return file
}

afterEach(() => {
  process.exitCode = 0
})

const DAY = 86_400

describe('rapport graph strength', () => {
  it('--json gives one entry per pair that interacted before T, by the app model', async () => {
    const t0 = 1_700_000_000
    const file = eventsFile(
      [
        `ann bo ${t0}`,
        `bo ann ${t0 + DAY}`,
        `cy ann ${t0 + 2 * DAY}`,
        `ann bo ${t0 + 3 * DAY}`,
        `dee eve ${t0 + 10 * DAY}`, // at T: not before it
        `ann cy ${t0 + 20 * DAY}`, // after T
      ].join('\n'),
    )
    const at = t0 + 10 * DAY
    const { out, code } = await run('strength', '--events', file, '--at', String(at), '--json')
    expect(code === undefined || code === 0).toBe(true)
    const doc = JSON.parse(out) as {
      at: number
      ties: { from: string; to: string; strength: number }[]
    }
    expect(doc.at).toBe(at)
    expect(doc.ties.map((t) => [t.from, t.to])).toEqual([
      ['ann', 'bo'],
      ['cy', 'ann'],
    ])
    // ann's side of ann–bo: two messages sent, one received, nothing else known.
    const expected = tieStrength(
      {
        since: null,
        howMet: null,
        mutualStrongTies: 0,
        circles: [],
        interactions: [
          { kind: 'message_sent', at: new Date(t0 * 1000) },
          { kind: 'message_received', at: new Date((t0 + DAY) * 1000) },
          { kind: 'message_sent', at: new Date((t0 + 3 * DAY) * 1000) },
        ],
      },
      new Date(at * 1000),
    ).strength
    expect(doc.ties[0]!.strength).toBeCloseTo(expected, 12)
    // A pair that has written both ways is stronger than one that has only written once.
    expect(doc.ties[0]!.strength).toBeGreaterThan(doc.ties[1]!.strength)
  })

  it('reads nothing at or after T: later lines change no strength', async () => {
    const base = 'a b 1000\nb a 2000\nc a 3000\n'
    const at = '2500'
    const before = JSON.parse(
      (await run('strength', '--events', eventsFile(base), '--at', at, '--json')).out,
    )
    const after = JSON.parse(
      (
        await run(
          'strength',
          '--events',
          eventsFile(`${base}a b 2600\nd e 9000\n`),
          '--at',
          at,
          '--json',
        )
      ).out,
    )
    expect(after).toEqual(before)
    expect(before.ties).toHaveLength(1)
  })

  it('names the file and line of a bad row, and refuses a bad --at', async () => {
    const file = eventsFile('1 2 100\n2 3 200\n3 4 noon\n')
    const bad = await run('strength', '--events', file, '--at', '300', '--json')
    expect(bad.code).toBe(1)
    expect(bad.out).toBe('')
    expect(bad.err).toContain(`${file}: line 3`)
    expect(bad.err).toContain('"noon"')
    const short = await run('strength', '--events', eventsFile('1 2 100\n2 3\n'), '--at', '300')
    expect(short.err).toMatch(/line 2: expected "u v t", found 2 column/)
    const at = await run('strength', '--events', file, '--at', 'tomorrow')
    expect(at.code).toBe(1)
    expect(at.err).toContain('--at must be Unix seconds')
    const missing = await run(
      'strength',
      '--events',
      join(tmpdir(), 'no-such-events.txt'),
      '--at',
      '1',
    )
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('no-such-events.txt')
  })

  it('accepts an ISO date for --at and prints a readable table without --json', async () => {
    const file = eventsFile('a b 1000\nb a 2000\n')
    const { out } = await run('strength', '--events', file, '--at', '2026-01-01')
    expect(out).toMatch(/^1 ties as of 2026-01-01T00:00:00.000Z/)
    expect(out).toMatch(/a\tb\t0\.\d{4}/)
  })
})

/** The moments of the validation: a quantile of the messages' times (docs/intelligence.md). */
const VALIDATION_QUANTILES = [0.5, 0.6, 0.7] as const

describe('strength predicts which ties last (CollegeMsg)', () => {
  it('ranks ties still active after T above the rest: ROC AUC of strength, count and recency at three T', () => {
    if (!existsSync(collegeMsg)) {
      throw new Error(`${collegeMsg} is missing: shared/testdata must sit beside the repository`)
    }
    const events = parseTemporalEvents(readFileSync(collegeMsg, 'utf8'))
    const times = events.map((e) => e.time).sort((a, b) => a - b)
    for (const quantile of VALIDATION_QUANTILES) {
      const at = times[Math.floor(times.length * quantile)]!
      const ties = strengthsAt(events, at)
      const active = pairsActiveFrom(events, at)
      const lasted = ties.map((t) => active.has(pairKeyOf(t.from, t.to)))
      const auc = {
        strength: rocAuc(
          ties.map((t) => t.strength),
          lasted,
        )!,
        count: rocAuc(
          ties.map((t) => t.count),
          lasted,
        )!,
        recency: rocAuc(
          ties.map((t) => t.lastAt),
          lasted,
        )!,
      }
      console.info(
        `CollegeMsg at ${new Date(at * 1000).toISOString()} (${quantile * 100}%): ${ties.length} ties, ` +
          `${lasted.filter(Boolean).length} still active; ROC AUC strength ${auc.strength.toFixed(3)}, ` +
          `message count ${auc.count.toFixed(3)}, recency ${auc.recency.toFixed(3)}`,
      )
      // Every score is better than chance.
      for (const value of Object.values(auc)) expect(value).toBeGreaterThan(0.6)
      // Measured, and true at every T: the model ranks no better than message count alone
      // (within 0.02 either way) …
      expect(Math.abs(auc.strength - auc.count)).toBeLessThan(0.02)
      // … and clearly below recency alone (docs/intelligence.md and decision 0064 say why);
      // these lines fail, and must be revisited, the day the model predicts better.
      expect(auc.recency - auc.strength).toBeGreaterThan(0.05)
    }
  })
})

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, one half for all ties', () => {
    expect(rocAuc([3, 2, 1], [true, false, false])).toBe(1)
    expect(rocAuc([1, 2, 3], [true, false, false])).toBe(0)
    expect(rocAuc([5, 5, 5, 5], [true, false, true, false])).toBe(0.5)
    expect(rocAuc([1, 2], [true, true])).toBeNull()
  })
})
