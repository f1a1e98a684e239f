import type { MemberSummary } from '../api/schemas/profile.js'
import type { Db } from '../db/client.js'
import {
  type ContactRow,
  connectionsWithoutContact,
  insertContacts,
  mutualConnectionCounts,
  saveScores,
  visibleContactsOf,
} from '../db/queries/contacts.js'
import { pruneMarksOf } from '../db/queries/insights.js'
import { type InteractionFacts, interactionFactsOfContacts } from '../db/queries/interactions.js'
import { type LearnedThreshold, learnPruneThreshold } from '../domain/prune-threshold.js'
import {
  HOW_MET_KINDS,
  type HowMetKind,
  type Interaction,
  type InteractionIntent,
  type InteractionKind,
  type Relationship,
} from '../domain/relationship.js'
import { analyzeRelationship, type RelationshipAnalysis } from '../domain/relationship-analysis.js'
import { newId } from '../ids.js'
import type { ServiceContext } from './context.js'
import { summariesOf } from './profiles.js'

export interface AnalyzedContact {
  row: ContactRow
  analysis: RelationshipAnalysis
}

export interface AnalyzedNetwork {
  contacts: AnalyzedContact[]
  threshold: LearnedThreshold
  marks: Map<string, 'keep' | 'prune'>
}

const HOW_MET = new Set<string>(HOW_MET_KINDS)
/** Contacts analysed per read of interactions. */
const ANALYSIS_SLICE = 2000

export function howMetOf(value: string | null): HowMetKind | null {
  return value !== null && HOW_MET.has(value) ? (value as HowMetKind) : null
}

/** A stored interaction as the model reads it. */
export function interactionOf(f: Pick<InteractionFacts, 'kind' | 'at' | 'intent' | 'by'>) {
  const i: Interaction = { kind: f.kind as InteractionKind, at: f.at }
  if (f.intent !== null) i.intent = f.intent as InteractionIntent
  if (f.by === 'member' || f.by === 'contact') i.by = f.by
  return i
}

/**
 * A contact's relationship as the model reads it. `lionScores` is the latest community scan for
 * open networkers, so that a member contact who connects with anyone is suggested for pruning.
 */
export function relationshipOf(
  row: ContactRow,
  interactions: readonly Interaction[],
  mutualStrongTies: number,
  lionScores: ReadonlyMap<string, { score: number }> | null = null,
): Relationship {
  return {
    since: row.since,
    howMet: howMetOf(row.howMet),
    howMetNote: row.howMetNote ?? undefined,
    interactions,
    mutualStrongTies,
    circles: row.circles,
    lionScore: row.memberId === null ? undefined : lionScores?.get(row.memberId)?.score,
  }
}

/**
 * Every connection is a contact: creates the missing contact rows for the owner's active
 * connections, with how they met and since when copied from the connection.
 */
export async function syncConnectionContacts(db: Db, ownerId: string, now: Date): Promise<void> {
  const missing = await connectionsWithoutContact(db, ownerId)
  if (missing.length === 0) return
  const summaries = await summariesOf(
    db,
    missing.map((m) => m.member.id),
  )
  await insertContacts(
    db,
    missing.map((m) => {
      const s = summaries.get(m.member.id)
      const how = m.howWeMet
      return {
        id: newId(),
        ownerId,
        memberId: m.member.id,
        name: m.member.name,
        email: null,
        company: s?.company ?? null,
        title: s?.title ?? null,
        howMet: how.kind,
        howMetNote: howMetNoteOf(how),
        since: m.since,
        source: 'platform',
        createdAt: now,
      }
    }),
  )
}

function howMetNoteOf(how: {
  kind: string
  company?: string | undefined
  place?: string | undefined
  detail?: string | undefined
}) {
  if (how.kind === 'worked_together' && how.company) return `at ${how.company}`
  if (how.kind === 'met_in_person' && how.place) return `at ${how.place}`
  return how.detail ?? null
}

/** The member's own prune threshold, learned from their marks. */
export async function learnedThresholdOf(db: Db, ownerId: string) {
  const marks = await pruneMarksOf(db, ownerId)
  return {
    marks: new Map(marks.map((m) => [m.contactId, m.verdict])),
    threshold: learnPruneThreshold(marks.map((m) => ({ score: m.score, verdict: m.verdict }))),
  }
}

/**
 * Analyses every contact the owner can see from one read of their interactions, and caches
 * the scores on the contact rows for lists. Linear in contacts and interactions.
 */
export async function analyzeNetwork(
  ctx: ServiceContext,
  ownerId: string,
): Promise<AnalyzedNetwork> {
  const now = ctx.clock()
  await syncConnectionContacts(ctx.db, ownerId, now)
  const [rows, mutual, learned] = await Promise.all([
    visibleContactsOf(ctx.db, ownerId),
    mutualConnectionCounts(ctx.db, ownerId),
    learnedThresholdOf(ctx.db, ownerId),
  ])
  const options = { pruneThreshold: learned.threshold.threshold }
  const contacts: AnalyzedContact[] = []
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
      const rel = relationshipOf(row, interactions, ties, ctx.network.lions())
      contacts.push({ row, analysis: analyzeRelationship(rel, now, options) })
    }
  }
  await saveScores(
    ctx.db,
    contacts.map((c) => ({
      id: c.row.id,
      strength: c.analysis.tie.strength,
      band: c.analysis.tie.band,
      pruneScore: c.analysis.prune.score,
      lastContactAt: c.analysis.lastContactAt,
    })),
    now,
  )
  return { contacts, threshold: learned.threshold, marks: learned.marks }
}

/** Name, company and title as shown: a member's own profile wins over what was imported. */
export async function displayOf(db: Db, rows: readonly ContactRow[]) {
  const memberIds = rows.flatMap((r) => (r.memberId === null ? [] : [r.memberId]))
  const summaries = await summariesOf(db, memberIds)
  return (row: ContactRow) => {
    const s: MemberSummary | undefined =
      row.memberId === null ? undefined : summaries.get(row.memberId)
    return {
      id: row.id,
      name: s?.name ?? row.name,
      company: s?.company ?? row.company,
      title: s?.title ?? row.title,
      memberId: row.memberId,
    }
  }
}
