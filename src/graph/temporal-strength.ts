import type { Interaction, Relationship } from '../domain/relationship.js'
import { tieStrength } from '../domain/tie-strength.js'
import type { TemporalEvent } from './temporal-events.js'

/** The strength of one pair at a moment, from `from`'s side: `from` wrote first. */
export interface PairStrength {
  from: string
  to: string
  strength: number
  /** Interactions before the moment, both directions. */
  count: number
  /** Unix seconds of their last interaction before the moment. */
  lastAt: number
}

interface PairHistory {
  from: string
  to: string
  /** Times (Unix seconds) and whether `from` wrote, in file order. */
  interactions: Interaction[]
  lastAt: number
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

/**
 * Tie strengths at `at` (Unix seconds) from a temporal network, computed by the app's own
 * model (`tieStrength`): each pair that interacted strictly before `at` is a relationship seen
 * from the side of whoever wrote first; an interaction is a message sent by them or received
 * from the other; nothing else is known (no how-met, no mutual strong ties, known since the
 * first message). Interactions at or after `at` are never read. Pairs come out in the order of
 * their first interaction.
 *
 * @example
 * strengthsAt([{ from: 'a', to: 'b', time: 100 }, { from: 'b', to: 'a', time: 200 }], 300)
 * // => [{ from: 'a', to: 'b', strength: 0.63…, count: 2, lastAt: 200 }]
 */
export function strengthsAt(events: readonly TemporalEvent[], at: number): PairStrength[] {
  const pairs = new Map<string, PairHistory>()
  for (const e of events) {
    if (e.time >= at) continue
    const key = pairKey(e.from, e.to)
    let pair = pairs.get(key)
    if (pair === undefined) {
      pair = { from: e.from, to: e.to, interactions: [], lastAt: e.time }
      pairs.set(key, pair)
    }
    pair.interactions.push({
      kind: e.from === pair.from ? 'message_sent' : 'message_received',
      at: new Date(e.time * 1000),
    })
    if (e.time > pair.lastAt) pair.lastAt = e.time
  }
  const now = new Date(at * 1000)
  const out: PairStrength[] = []
  for (const pair of pairs.values()) {
    const rel: Relationship = {
      since: null,
      howMet: null,
      interactions: pair.interactions,
      mutualStrongTies: 0,
      circles: [],
    }
    out.push({
      from: pair.from,
      to: pair.to,
      strength: tieStrength(rel, now).strength,
      count: pair.interactions.length,
      lastAt: pair.lastAt,
    })
  }
  return out
}

/** The unordered pairs that interacted at or after `at`, as keys comparable with {@link pairKeyOf}. */
export function pairsActiveFrom(events: readonly TemporalEvent[], at: number): Set<string> {
  const active = new Set<string>()
  for (const e of events) if (e.time >= at) active.add(pairKey(e.from, e.to))
  return active
}

/** The key of an unordered pair, the same whichever side is named first. */
export function pairKeyOf(a: string, b: string): string {
  return pairKey(a, b)
}
