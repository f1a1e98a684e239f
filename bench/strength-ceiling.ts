// How well any score of a pair's history could predict which CollegeMsg ties last: a logistic
// regression fitted at the 50% moment and checked at 60% and 70%, on the pair's own features and
// then with both members' activity with everyone (docs/intelligence.md, decision 0064).
// Run: npx tsx bench/strength-ceiling.ts [FILE]
import { readFileSync } from 'node:fs'
import { rocAuc } from '../src/graph/roc-auc.js'
import { parseTemporalEvents, type TemporalEvent } from '../src/graph/temporal-events.js'
import { pairKeyOf } from '../src/graph/temporal-strength.js'

const DAY = 86_400
const QUANTILES = [0.5, 0.6, 0.7] as const
/** Plain gradient descent on standardised features converges well within this. */
const ITERATIONS = 300
const STEP = 1

interface Sample {
  pair: number[]
  members: number[]
  lasted: boolean
}

interface PairHistory {
  from: string
  to: string
  times: number[]
  byFrom: boolean[]
}

function samplesAt(events: readonly TemporalEvent[], at: number): Sample[] {
  const pairs = new Map<string, PairHistory>()
  const active = new Set<string>()
  const lastActive = new Map<string, number>()
  const lastWeek = new Map<string, number>()
  for (const e of events) {
    const key = pairKeyOf(e.from, e.to)
    if (e.time >= at) {
      active.add(key)
      continue
    }
    for (const v of [e.from, e.to]) {
      lastActive.set(v, Math.max(lastActive.get(v) ?? 0, e.time))
      if (at - e.time <= 7 * DAY) lastWeek.set(v, (lastWeek.get(v) ?? 0) + 1)
    }
    let pair = pairs.get(key)
    if (pair === undefined) {
      pair = { from: e.from, to: e.to, times: [], byFrom: [] }
      pairs.set(key, pair)
    }
    pair.times.push(e.time)
    pair.byFrom.push(e.from === pair.from)
  }
  const samples: Sample[] = []
  for (const [key, p] of pairs) {
    const n = p.times.length
    const first = Math.min(...p.times)
    const last = Math.max(...p.times)
    const silence = (at - last) / DAY
    const sent = p.byFrom.filter(Boolean).length
    const received = n - sent
    const within = (days: number) => p.times.filter((t) => at - t <= days * DAY).length
    const meanGap = n > 1 ? (last - first) / DAY / (n - 1) : 0
    const silentFor = (v: string) => (at - (lastActive.get(v) ?? 0)) / DAY
    samples.push({
      pair: [
        Math.log1p(n),
        Math.log1p(silence),
        0.5 ** (silence / 7),
        0.5 ** (silence / 30),
        Math.log1p(within(7)),
        Math.log1p(within(30)),
        received > 0 ? 1 : 0,
        Math.min(sent, received) / Math.max(sent, received),
        Math.log1p(meanGap),
        Math.log1p(silence) - Math.log1p(meanGap),
        Math.log1p((at - first) / DAY),
      ],
      members: [
        Math.log1p(silentFor(p.from)),
        Math.log1p(silentFor(p.to)),
        Math.log1p(lastWeek.get(p.from) ?? 0),
        Math.log1p(lastWeek.get(p.to) ?? 0),
      ],
      lasted: active.has(key),
    })
  }
  return samples
}

/** A logistic regression on standardised features; returns the fitted linear score. */
function fitLogistic(
  rows: readonly number[][],
  lasted: readonly boolean[],
): (x: number[]) => number {
  const d = rows[0]?.length ?? 0
  const mean = Array.from(
    { length: d },
    (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length,
  )
  const sd = mean.map(
    (m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / rows.length) || 1,
  )
  const standard = (x: readonly number[]) => x.map((v, j) => (v - mean[j]!) / sd[j]!)
  const z = rows.map(standard)
  const w = new Array<number>(d + 1).fill(0)
  const score = (x: readonly number[]) => x.reduce((s, v, j) => s + w[j]! * v, w[d]!)
  for (let it = 0; it < ITERATIONS; it++) {
    const gradient = new Array<number>(d + 1).fill(0)
    z.forEach((x, i) => {
      const error = 1 / (1 + Math.exp(-score(x))) - (lasted[i] ? 1 : 0)
      x.forEach((v, j) => {
        gradient[j]! += error * v
      })
      gradient[d]! += error
    })
    for (let j = 0; j <= d; j++) w[j]! -= (STEP * gradient[j]!) / z.length
  }
  return (x) => score(standard(x))
}

const file = process.argv[2] ?? '../shared/testdata/graphs/CollegeMsg.txt'
const events = parseTemporalEvents(readFileSync(file, 'utf8'))
const times = events.map((e) => e.time).sort((a, b) => a - b)
const moments = QUANTILES.map((q) => samplesAt(events, times[Math.floor(times.length * q)]!))
const variants = {
  'the pair alone': (s: Sample) => s.pair,
  'the pair and both members’ activity': (s: Sample) => [...s.pair, ...s.members],
}
const fittedOn = moments[0]!
for (const [name, features] of Object.entries(variants)) {
  const model = fitLogistic(
    fittedOn.map(features),
    fittedOn.map((s) => s.lasted),
  )
  const aucs = moments.map((samples) => {
    const fitted = rocAuc(
      samples.map((s) => model(features(s))),
      samples.map((s) => s.lasted),
    )
    const recency = rocAuc(
      samples.map((s) => -s.pair[1]!),
      samples.map((s) => s.lasted),
    )
    return `${fitted!.toFixed(3)} (recency ${recency!.toFixed(3)})`
  })
  process.stdout.write(`${name}, fitted at 50%: ${aucs.join(' / ')} at 50% / 60% / 70%\n`)
}
