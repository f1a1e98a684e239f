import type { Announcement } from '../../announcements/announcement.js'
import { type ContactRow, saveScores, visibleContactsOf } from '../../db/queries/contacts.js'
import { interactionFactsOfContacts } from '../../db/queries/interactions.js'
import type { LearnedThreshold } from '../../domain/prune-threshold.js'
import {
  type ExchangeCounts,
  exchangeBalance,
  type ReciprocityYear,
  reciprocity,
  reciprocityLabel,
} from '../../domain/reciprocity.js'
import {
  analyzeRelationship,
  type RelationshipAnalysis,
} from '../../domain/relationship-analysis.js'
import type { ServiceContext } from '../context.js'
import { exportSignalsOf } from './export-signals.js'
import { learnedThresholdOf } from './prune-learning.js'
import { type ReadingBasis, type ReadingDate, readingDateOf } from './reading-date.js'
import { interactionOf, relationshipOf } from './relationship-inputs.js'

export interface AnalyzedContact {
  row: ContactRow
  analysis: RelationshipAnalysis
}

export interface AnalyzedNetwork {
  contacts: AnalyzedContact[]
  threshold: LearnedThreshold
  marks: Map<string, 'keep' | 'prune'>
  /** Exchanges both ways per calendar year, summed over every contact, oldest first. */
  reciprocityByYear: ReciprocityYear[]
  /** The date the analysis is read as of: an export's own date, or today. */
  asOf: ReadingDate
}

interface CachedAnalysis {
  signature: string
  lions: unknown
  at: number
  network: AnalyzedNetwork
}

const DAY_MS = 86_400_000
/** A cached analysis older than this is redone: recency decays daily. */
export const SCORE_TTL_MS = DAY_MS
/** Owners whose analysis a process keeps; the least recently used is dropped past this. */
const CACHED_OWNERS = 200
const analyses = new WeakMap<ServiceContext, Map<string, CachedAnalysis>>()

/** Drops the owner's kept analysis once something it read has changed (in any process). */
export function forgetAnalysisOnChange(ctx: ServiceContext, announcement: Announcement): void {
  if (announcement.kind !== 'relationships.changed') return
  for (const basis of ['export', 'today'] as const) {
    analyses.get(ctx)?.delete(cacheKey(announcement.owner, basis))
  }
}

function cacheKey(ownerId: string, basis: ReadingBasis): string {
  return `${ownerId}#${basis}`
}

/** Contacts analysed per read of interactions. */
const ANALYSIS_SLICE = 2000

/**
 * For each member the owner is connected to, the members both hold a strong tie with, from the
 * in-memory graph: a scan of two neighbourhoods instead of a join over every connection.
 */
export async function mutualStrongTiesOf(
  ctx: ServiceContext,
  ownerId: string,
): Promise<Map<string, number>> {
  return (await ctx.network.get()).mutualStrongTies(ownerId)
}

interface NetworkInputs {
  rows: ContactRow[]
  mutual: Map<string, number>
  learned: Awaited<ReturnType<typeof learnedThresholdOf>>
  lions: ReturnType<ServiceContext['network']['lions']>
  basis: ReadingBasis
}

async function networkInputs(
  ctx: ServiceContext,
  ownerId: string,
  basis: ReadingBasis,
): Promise<NetworkInputs> {
  const [rows, mutual, learned] = await Promise.all([
    visibleContactsOf(ctx.db, ownerId),
    mutualStrongTiesOf(ctx, ownerId),
    learnedThresholdOf(ctx.db, ownerId),
  ])
  return { rows, mutual, learned, lions: ctx.network.lions(), basis }
}

/**
 * Everything an analysis reads besides the interactions themselves. Adding an interaction or an
 * outcome clears the contact's `scored_at`, so a changed log shows here too.
 */
function signatureOf(inputs: NetworkInputs): string {
  const rows = [...inputs.rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const parts = rows.map((r) =>
    [
      r.id,
      r.scoredAt?.getTime() ?? 'x',
      r.memberId ?? '',
      r.memberId === null ? '' : (inputs.mutual.get(r.memberId) ?? 0),
      r.since?.getTime() ?? '',
      r.howMet ?? '',
      r.howMetNote ?? '',
      r.company ?? '',
      r.circles.join(','),
    ].join('|'),
  )
  const marks = [...inputs.learned.marks.entries()]
    .sort()
    .map(([id, verdict]) => `${id}:${verdict}`)
  return `${parts.join('\n')}\n#${marks.join(',')}#${inputs.learned.threshold.threshold}`
}

function sameScore(row: ContactRow, a: RelationshipAnalysis): boolean {
  return (
    row.scoredAt !== null &&
    row.strength === Math.fround(a.tie.strength) &&
    row.band === a.tie.band &&
    row.pruneScore === Math.fround(a.prune.score) &&
    (row.lastContactAt?.getTime() ?? null) === (a.lastContactAt?.getTime() ?? null)
  )
}

function sumByYear(into: Map<number, ExchangeCounts>, years: readonly ReciprocityYear[]): void {
  for (const y of years) {
    const c = into.get(y.year) ?? { memberGave: 0, memberAsked: 0, contactGave: 0, contactAsked: 0 }
    c.memberGave += y.memberGave
    c.memberAsked += y.memberAsked
    c.contactGave += y.contactGave
    c.contactAsked += y.contactAsked
    into.set(y.year, c)
  }
}

/** Reads the owner's interactions a slice of contacts at a time and analyses every contact. */
async function analyzeFrom(
  ctx: ServiceContext,
  ownerId: string,
  inputs: NetworkInputs,
): Promise<AnalyzedNetwork> {
  const { rows, mutual, learned, lions } = inputs
  // @NOTE Imported records change only with an import, which rescores and so changes the
  // signature: they are read when an analysis is redone, not on every read.
  const [asOf, signals] = await Promise.all([
    readingDateOf(ctx, ownerId, rows, inputs.basis),
    exportSignalsOf(ctx.db, ownerId),
  ])
  const now = asOf.at
  const options = { pruneThreshold: learned.threshold.threshold }
  const contacts: AnalyzedContact[] = []
  const years = new Map<number, ExchangeCounts>()
  // @NOTE Interactions are read a slice of contacts at a time, so memory holds one slice of a
  // million-message history rather than all of it.
  for (let i = 0; i < rows.length; i += ANALYSIS_SLICE) {
    const slice = rows.slice(i, i + ANALYSIS_SLICE)
    const byContact = await interactionFactsOfContacts(
      ctx.db,
      ownerId,
      slice.map((r) => r.id),
    )
    for (const row of slice) {
      const ties = row.memberId === null ? 0 : (mutual.get(row.memberId) ?? 0)
      const interactions = (byContact.get(row.id) ?? []).map(interactionOf)
      const rel = relationshipOf(row, interactions, ties, lions, signals)
      contacts.push({ row, analysis: analyzeRelationship(rel, now, options) })
      sumByYear(years, reciprocity(interactions, now).byYear)
    }
  }
  const reciprocityByYear = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, c]) => ({ year, ...c, balance: exchangeBalance(c), label: reciprocityLabel(c) }))
  const network = {
    contacts,
    threshold: learned.threshold,
    marks: learned.marks,
    reciprocityByYear,
    asOf,
  }
  remember(ctx, cacheKey(ownerId, inputs.basis), {
    signature: signatureOf(inputs),
    lions,
    at: ctx.clock().getTime(),
    network,
  })
  return network
}

/** An owner's score of a member contact, as the graph weighs their tie. */
export interface MemberTieScore {
  member: string
  strength: number
}

/**
 * Writes the scores of an analysed network onto its contact rows (only those that changed, or
 * all), and returns the new scores of member contacts, which weigh the community graph.
 * @NOTE Only changed scores are written: rewriting thousands of unchanged rows was most of the
 * cost of a rescore.
 */
async function persistScores(
  ctx: ServiceContext,
  ownerId: string,
  network: AnalyzedNetwork,
  inputs: NetworkInputs,
  writeAll: boolean,
): Promise<MemberTieScore[]> {
  const now = ctx.clock()
  const changed = writeAll
    ? network.contacts
    : network.contacts.filter((c) => !sameScore(c.row, c.analysis))
  await saveScores(
    ctx.db,
    changed.map((c) => ({
      id: c.row.id,
      strength: c.analysis.tie.strength,
      band: c.analysis.tie.band,
      pruneScore: c.analysis.prune.score,
      lastContactAt: c.analysis.lastContactAt,
    })),
    now,
  )
  // The kept analysis now matches the rows as written, so the next read reuses it.
  const written = new Set(changed.map((c) => c.row.id))
  for (const c of network.contacts) {
    if (!written.has(c.row.id)) continue
    c.row = {
      ...c.row,
      strength: Math.fround(c.analysis.tie.strength),
      band: c.analysis.tie.band,
      pruneScore: Math.fround(c.analysis.prune.score),
      lastContactAt: c.analysis.lastContactAt,
      scoredAt: now,
    }
  }
  const cached = analyses.get(ctx)?.get(cacheKey(ownerId, inputs.basis))
  if (cached?.network === network) {
    cached.signature = signatureOf({ ...inputs, rows: network.contacts.map((c) => c.row) })
  }
  return changed.flatMap((c) =>
    c.row.memberId === null ? [] : [{ member: c.row.memberId, strength: c.analysis.tie.strength }],
  )
}

function remember(ctx: ServiceContext, key: string, entry: CachedAnalysis): void {
  let owners = analyses.get(ctx)
  if (owners === undefined) {
    owners = new Map()
    analyses.set(ctx, owners)
  }
  owners.delete(key)
  owners.set(key, entry)
  if (owners.size > CACHED_OWNERS) {
    const oldest = owners.keys().next()
    if (oldest.done !== true) owners.delete(oldest.value)
  }
}

/**
 * Analyses every contact the owner can see afresh and writes the scores onto the contact rows
 * (all of them after an import, which changes interactions wholesale; else only the changed
 * ones). Returns the analysis and the owner's new scores of member contacts. Linear in contacts
 * and interactions; reads use `currentNetwork`, which writes nothing.
 */
export async function rescoreNetwork(
  ctx: ServiceContext,
  ownerId: string,
  options: { writeAll: boolean } = { writeAll: false },
): Promise<{ network: AnalyzedNetwork; ties: MemberTieScore[] }> {
  // Stored scores are the ones pages show by default: as of the export's date when older.
  const inputs = await networkInputs(ctx, ownerId, 'export')
  const network = await analyzeFrom(ctx, ownerId, inputs)
  return { network, ties: await persistScores(ctx, ownerId, network, inputs, options.writeAll) }
}

/**
 * The owner's analysed network, redone only when something it reads changed since it was last
 * done: contacts (added, hidden, edited, or with a new interaction or outcome, which clears
 * `scored_at`), prune marks, shared connections, the open-networker scan, or a day passing.
 * Otherwise the analysis kept from the previous call is returned without reading interactions.
 * Read as of the export's date when the history is an import older than today (`basis`
 * `export`, the default), or as of today. It never writes: stored scores are the rescore job's (`rescore.ts`).
 */
export async function currentNetwork(
  ctx: ServiceContext,
  ownerId: string,
  basis: ReadingBasis = 'export',
): Promise<AnalyzedNetwork> {
  const inputs = await networkInputs(ctx, ownerId, basis)
  const cached = analyses.get(ctx)?.get(cacheKey(ownerId, basis))
  const age = ctx.clock().getTime() - (cached?.at ?? 0)
  if (
    cached !== undefined &&
    age >= 0 &&
    age <= SCORE_TTL_MS &&
    cached.lions === inputs.lions &&
    cached.signature === signatureOf(inputs)
  ) {
    return cached.network
  }
  return await analyzeFrom(ctx, ownerId, inputs)
}
