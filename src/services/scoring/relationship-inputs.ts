import type { ContactRow } from '../../db/queries/contacts.js'
import type { InteractionFacts } from '../../db/queries/interactions.js'
import {
  HOW_MET_KINDS,
  type HowMetKind,
  type Interaction,
  type InteractionIntent,
  type InteractionKind,
  type Relationship,
} from '../../domain/relationship.js'
import { type ExportSignals, signalsFor } from './export-signals.js'

const HOW_MET = new Set<string>(HOW_MET_KINDS)
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
  exportSignals: ExportSignals | null = null,
): Relationship {
  const connectedAt = connectedAtOf(row)
  return {
    since: row.since,
    connectedAt,
    signals: signalsFor(row, connectedAt, exportSignals),
    howMet: howMetOf(row.howMet),
    howMetNote: row.howMetNote ?? undefined,
    interactions,
    mutualStrongTies,
    circles: row.circles,
    lionScore: row.memberId === null ? undefined : lionScores?.get(row.memberId)?.score,
  }
}

/**
 * When the owner and the contact connected, for connections only: a Rapport connection's contact
 * row, or a row from LinkedIn's Connections.csv (the only LinkedIn rows with a date). People met
 * only in messages, entered by hand or from an address book never connected.
 */
export function connectedAtOf(row: Pick<ContactRow, 'source' | 'since'>): Date | null {
  if (row.since === null) return null
  return row.source === 'platform' || row.source === 'linkedin' ? row.since : null
}
