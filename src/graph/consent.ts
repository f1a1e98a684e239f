import type { EdgeFilter } from './csr.js'
import type { NodeIndex } from './node-index.js'

/**
 * Whether `node`, standing between two others on a path, lets the path pass between itself and
 * `neighbour` over their tie of `strength` (the services decide it from the member's visibility).
 * The two ends of a path are never asked: reaching someone is not seeing whom they know.
 */
export type LetsThrough = (node: NodeIndex, neighbour: NodeIndex, strength: number) => boolean

/**
 * The edge filter for paths between two fixed ends: a tie may be used when each of its ends that
 * is an intermediary (neither `from` nor `to`) lets the other end through. It is symmetric, as the
 * engine requires, and it is consent at every hop: a path s–a–b–t passes it exactly when a lets s
 * and b through and b lets a and t through.
 *
 * @example
 * searcher.search(s, t, { filter: pathFilter(s, t, letsThrough) })
 */
export function pathFilter(from: NodeIndex, to: NodeIndex, letsThrough: LetsThrough): EdgeFilter {
  return (u, v, strength) =>
    (u === from || u === to || letsThrough(u, v, strength)) &&
    (v === from || v === to || letsThrough(v, u, strength))
}
