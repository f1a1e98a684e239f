/** What a warm path is ranked by: its tie strengths, all in (0, 1]. */
export interface PathRank {
  /** The weakest tie on the path. */
  weakestLink: number
  /** The product of the path's tie strengths. */
  strength: number
  hops: number
}

/**
 * Orders paths best first: the stronger weakest link first, since a path is only as good as its
 * weakest consenting link; then the stronger product of all its ties (a long chain of good ties
 * still loses a little at every hop); then fewer hops. A sort comparator: negative when `a` ranks
 * above `b`, 0 when they rank alike.
 *
 * @example
 * const direct = { weakestLink: 0.5, strength: 0.5, hops: 1 }
 * const viaFriend = { weakestLink: 0.8, strength: 0.64, hops: 2 }
 * [direct, viaFriend].sort(byWeakestLink) // [viaFriend, direct]
 */
export function byWeakestLink(a: PathRank, b: PathRank): number {
  return b.weakestLink - a.weakestLink || b.strength - a.strength || a.hops - b.hops
}
