import type { Brand } from '../ids.js'

/** A dense node number in `[0, nodeCount)`: never a member id, so the two can never be swapped. */
export type NodeIndex = Brand<number, 'NodeIndex'>

/** Cast a plain integer to a {@link NodeIndex}; callers vouch that it is in range. */
export function asNodeIndex(value: number): NodeIndex {
  return value as NodeIndex
}

/**
 * A two-way map between member ids (any string token) and dense node indexes.
 *
 * Invariant: `idOf(indexOf(id)) === id`, and indexes are handed out as `0, 1, 2, …` in first-seen
 * order, so a CSR built over `size` nodes covers every interned id.
 *
 * @example
 * const ids = new NodeIdMap()
 * const a = ids.intern('alice') // 0
 * ids.indexOf('alice') === a // true
 * ids.idOf(a) === 'alice' // true
 */
export class NodeIdMap {
  private readonly indexById = new Map<string, number>()
  private readonly ids: string[] = []

  /** Builds a map over ids already in index order (as a snapshot stores them). */
  static fromIds(ids: readonly string[]): NodeIdMap {
    const map = new NodeIdMap()
    for (const id of ids) map.intern(id)
    return map
  }

  get size(): number {
    return this.ids.length
  }

  /** The index of `id`, adding it as the next index when it is new. */
  intern(id: string): NodeIndex {
    const known = this.indexById.get(id)
    if (known !== undefined) return known as NodeIndex
    const index = this.ids.length
    this.indexById.set(id, index)
    this.ids.push(id)
    return index as NodeIndex
  }

  /** The index of `id`, or `null` when it was never interned. */
  indexOf(id: string): NodeIndex | null {
    const known = this.indexById.get(id)
    return known === undefined ? null : (known as NodeIndex)
  }

  /** The id at `index`, or `null` when out of range. */
  idOf(index: NodeIndex | number): string | null {
    return this.ids[index] ?? null
  }

  /** Every id in index order (a copy is not made: do not mutate). */
  allIds(): readonly string[] {
    return this.ids
  }
}
