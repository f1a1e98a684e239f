import type { Visibility } from '../../contracts/profile.js'

/** How the viewer stands to a member whose ties are in question. */
export type Relation = 'self' | 'strong_tie' | 'connection' | 'none'

/**
 * The one rule for "may this viewer see that the owner knows someone?", which is also the rule
 * for "may a path run through the owner for this viewer?" (the viewer being the previous hop).
 * - `only_me`: nobody but the owner;
 * - `strong_ties`: the owner and those the owner counts as strong ties;
 * - `connections`: the owner and all their connections.
 */
export function mayRevealTies(ownerVisibility: Visibility, viewer: Relation): boolean {
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
