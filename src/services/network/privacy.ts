import type { Visibility } from '../../contracts/profile.js'

/**
 * What the rule reads of a member: their visibility setting, or `suspended` once the operator has
 * suspended them, which hides their ties from everyone and lets no path through them.
 */
export type TieVisibility = Visibility | 'suspended'

/** How the viewer stands to a member whose ties are in question. */
export type Relation = 'self' | 'strong_tie' | 'connection' | 'none'

/**
 * The one rule for "may this viewer see that the owner knows someone?", which is also the rule
 * for "may a path run through the owner for this viewer?" (the viewer being the previous hop).
 * - `only_me`: nobody but the owner;
 * - `strong_ties`: the owner and those the owner counts as strong ties;
 * - `connections`: the owner and all their connections;
 * - `suspended`: nobody.
 */
export function mayRevealTies(ownerVisibility: TieVisibility, viewer: Relation): boolean {
  if (ownerVisibility === 'suspended') return false
  if (viewer === 'self') return true
  switch (ownerVisibility) {
    case 'only_me':
      return false
    case 'strong_ties':
      return viewer === 'strong_tie'
    case 'connections':
      return viewer === 'strong_tie' || viewer === 'connection'
  }
}

/**
 * Whether other members may find a member at all (profile, search, paths): not while the operator
 * has them suspended. The same rule as above, for the member themselves rather than their ties.
 */
export function mayBeFound(member: { suspendedAt: Date | null }): boolean {
  return member.suspendedAt === null
}
