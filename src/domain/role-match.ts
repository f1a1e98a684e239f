import { SENIORITY_BANDS, type Seniority, seniorityOf } from './seniority.js'

// Short forms that stand for a whole title, so that "CFO" and "Chief Financial Officer" meet.
const SHORT_FORMS: Record<string, string> = {
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cmo: 'chief marketing officer',
  cio: 'chief information officer',
  cro: 'chief revenue officer',
  cpo: 'chief product officer',
  vp: 'vice president',
  svp: 'senior vice president',
  evp: 'executive vice president',
}

const FILLER = new Set(['of', 'the', 'and', 'for', 'in', 'at', 'a', 'an', 'to', 'on'])

// Words that name a rank rather than a field; the rank is compared by seniority band instead.
const RANK_WORDS = new Set([
  'head',
  'chief',
  'officer',
  'vice',
  'president',
  'senior',
  'sr',
  'junior',
  'jr',
  'director',
  'managing',
  'manager',
  'lead',
  'principal',
  'supervisor',
  'team',
])

// Bands that name a rank a role can ask for; the others say nothing about seniority.
const RANKED: ReadonlySet<Seniority> = new Set(['c_level', 'vp', 'director', 'manager'])

/** Lower case, words only, short forms in full: "VP, Sales" reads "vice president sales". */
function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((w) => (SHORT_FORMS[w] ?? w).split(' '))
    .filter((w) => w.length > 0)
}

function rankOf(words: string[]): Seniority {
  return seniorityOf(words.join(' '))
}

/** "Engineering" meets "engineer" and "sales" meets "sale": a shared stem of five letters or more. */
function sameWord(a: string, b: string): boolean {
  const x = a.length > 3 ? a.replace(/s$/, '') : a
  const y = b.length > 3 ? b.replace(/s$/, '') : b
  if (x === y) return true
  const shorter = Math.min(x.length, y.length)
  return shorter >= 5 && (x.startsWith(y) || y.startsWith(x))
}

/**
 * Whether someone with `title` holds the kind of job `role` names: every word of the role that
 * names a field ("sales" in "Head of Sales") is in the title, and when the role names a rank
 * (C-level, VP, director, manager, by `seniorityOf`), the title's rank is that one or above. So a
 * VP Sales is in reach of someone aiming at Head of Sales, a Sales Manager or a Head of Marketing
 * is not. Short forms are read in full (CFO, VP); case, punctuation and filler words do not count.
 *
 * @example matchesRole('VP Sales', 'Head of Sales') // true
 * @example matchesRole('Sales Manager', 'Head of Sales') // false
 * @example matchesRole('Chief Financial Officer', 'CFO') // true
 * @example matchesRole('Senior Software Engineer', 'Software Engineering') // true
 */
export function matchesRole(title: string, role: string): boolean {
  const asked = plainWords(role)
  const fields = asked.filter((w) => !FILLER.has(w) && !RANK_WORDS.has(w))
  const rank = rankOf(asked)
  const ranked = RANKED.has(rank)
  if (fields.length === 0 && !ranked) return false
  const held = plainWords(title)
  if (!fields.every((f) => held.some((w) => sameWord(f, w)))) return false
  if (!ranked) return true
  const heldRank = rankOf(held)
  return RANKED.has(heldRank) && SENIORITY_BANDS.indexOf(heldRank) <= SENIORITY_BANDS.indexOf(rank)
}

/**
 * Whether a title matches any of the roles of a career strategy.
 *
 * @example matchesAnyRole('Head of Sales', ['CFO', 'VP Sales']) // false: a director is below VP
 */
export function matchesAnyRole(title: string, roles: readonly string[]): boolean {
  return roles.some((role) => matchesRole(title, role))
}
