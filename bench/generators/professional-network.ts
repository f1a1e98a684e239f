/**
 * A seeded generator of professional networks for benchmarks: heavy-tailed (log-normal) degrees,
 * companies of 10–5,000 members whose staff are tied mostly to nearby colleagues (teams, hence
 * realistic clustering), ties to a past employer's staff, a share of random acquaintances, and
 * planted open networkers ("LIONs") with 10,000–30,000 random ties each. The ground truth
 * (companies, LIONs) comes back with the ties.
 */
export interface NetworkOptions {
  members: number
  seed: number
  /** Mean ties drawn per ordinary member before repeats merge (default 120: ~88 kept). */
  meanDegree?: number
  /** Planted LIONs (default 300 per million members, at least 3). */
  lions?: number
}

export interface GeneratedNetwork {
  members: number
  /** Tie ends and strengths (may repeat a tie; the CSR builder merges repeats). */
  us: Uint32Array
  vs: Uint32Array
  weights: Float32Array
  companyOf: Uint32Array
  /** Members of company c: `companyMembers[companyOffsets[c] .. companyOffsets[c + 1])`. */
  companyOffsets: Uint32Array
  companyMembers: Uint32Array
  lions: Uint32Array
}

/** mulberry32: small, fast, and enough for synthetic data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SIGMA = 1.0
const MAX_EMITTED = 2500
const IN_COMPANY = 0.72
const PAST_COMPANY = 0.88

export function generateProfessionalNetwork(options: NetworkOptions): GeneratedNetwork {
  const n = options.members
  const random = createRandom(options.seed)
  const normal = () => {
    const u = 1 - random()
    const v = random()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  // Companies over "slots"; a random permutation maps slots to member indexes.
  const sizes: number[] = []
  let placed = 0
  while (placed < n) {
    const size = Math.min(5000, Math.floor(10 / (1 - random()) ** (1 / 1.1)), n - placed)
    sizes.push(size)
    placed += size
  }
  const companies = sizes.length
  const companyOffsets = new Uint32Array(companies + 1)
  for (let c = 0; c < companies; c++) companyOffsets[c + 1] = companyOffsets[c]! + sizes[c]!
  const slotOf = new Uint32Array(n)
  const memberAt = new Uint32Array(n)
  for (let i = 0; i < n; i++) memberAt[i] = i
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = memberAt[i]!
    memberAt[i] = memberAt[j]!
    memberAt[j] = t
  }
  const companyOf = new Uint32Array(n)
  const companyOfSlot = new Uint32Array(n)
  for (let c = 0; c < companies; c++) {
    for (let s = companyOffsets[c]!; s < companyOffsets[c + 1]!; s++) companyOfSlot[s] = c
  }
  for (let s = 0; s < n; s++) {
    slotOf[memberAt[s]!] = s
    companyOf[memberAt[s]!] = companyOfSlot[s]!
  }

  const meanDegree = options.meanDegree ?? 120
  const mu = Math.log(meanDegree) - (SIGMA * SIGMA) / 2
  const emitted = new Uint32Array(n)
  let total = 0
  for (let i = 0; i < n; i++) {
    const d = Math.exp(mu + SIGMA * normal())
    const e = Math.min(MAX_EMITTED, Math.max(1, Math.round(d / 2)))
    emitted[i] = e
    total += e
  }
  const lionCount = Math.min(n, options.lions ?? Math.max(3, Math.round((300 * n) / 1e6)))
  const lionTies = new Uint32Array(lionCount)
  const lionCap = Math.max(1, Math.floor(n * 0.15))
  for (let l = 0; l < lionCount; l++) {
    lionTies[l] = Math.min(lionCap, 10000 + Math.floor(random() * 20001))
    total += lionTies[l]!
  }
  const us = new Uint32Array(total)
  const vs = new Uint32Array(total)
  const weights = new Float32Array(total)
  let k = 0

  const windowed = (c: number, pos: number, e: number): number => {
    const start = companyOffsets[c]!
    const size = companyOffsets[c + 1]! - start
    if (size < 2) return memberAt[Math.floor(random() * n)]!
    const w = Math.max(3, Math.min(size - 1, Math.ceil(2.5 * e)))
    let offset = 1 + Math.floor(random() * w)
    if (random() < 0.5) offset = -offset
    const p = (((pos + offset) % size) + size) % size
    return memberAt[start + p]!
  }

  for (let i = 0; i < n; i++) {
    const slot = slotOf[i]!
    const c = companyOf[i]!
    const pos = slot - companyOffsets[c]!
    const pastSlot = Math.floor(random() * n)
    const past = companyOfSlot[pastSlot]!
    const pastPos = pastSlot - companyOffsets[past]!
    const e = emitted[i]!
    for (let t = 0; t < e; t++) {
      const r = random()
      let v: number
      let w: number
      if (r < IN_COMPANY) {
        v = windowed(c, pos, e)
        w = 0.3 + 0.7 * random()
      } else if (r < PAST_COMPANY) {
        v = windowed(past, pastPos, e)
        w = 0.15 + 0.65 * random()
      } else {
        v = Math.floor(random() * n)
        w = 0.02 + 0.48 * random()
      }
      us[k] = i
      vs[k] = v
      weights[k] = w
      k++
    }
  }

  const lions = new Uint32Array(lionCount)
  const chosen = new Set<number>()
  for (let l = 0; l < lionCount; l++) {
    let lion = Math.floor(random() * n)
    while (chosen.has(lion)) lion = Math.floor(random() * n)
    chosen.add(lion)
    lions[l] = lion
    for (let t = 0; t < lionTies[l]!; t++) {
      us[k] = lion
      vs[k] = Math.floor(random() * n)
      weights[k] = 0.01 + 0.29 * random()
      k++
    }
  }

  const companyMembers = new Uint32Array(n)
  companyMembers.set(memberAt)
  return { members: n, us, vs, weights, companyOf, companyOffsets, companyMembers, lions }
}
