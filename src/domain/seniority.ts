export const SENIORITY_BANDS = [
  'c_level',
  'vp',
  'director',
  'manager',
  'individual_contributor',
  'student',
  'unknown',
] as const
export type Seniority = (typeof SENIORITY_BANDS)[number]

// @NOTE Order matters: "Vice President" must be read as VP before "President" as C-level, and
// "Student Program Manager" is a manager, so students are only recognised by titles that are
// nothing but study ("MBA Student", "Intern").
const RULES: ReadonlyArray<readonly [Seniority, RegExp]> = [
  ['vp', /\b(vice[\s-]+president|s?e?vp|avp|svp|evp)\b/i],
  [
    'c_level',
    /\b(chief\s+\w+(\s+\w+)?\s+officer|chief|ceo|cfo|cto|coo|cmo|cio|ciso|cpo|cro|cso|cdo|president|founder|co-?founder|owner|managing\s+partner|general\s+partner|chair(man|woman|person)?)\b/i,
  ],
  ['director', /\b(director|head\s+of|partner)\b/i],
  ['manager', /\b(manager|supervisor|team\s+lead|lead|principal)\b/i],
  [
    'student',
    /^(.*\b)?(student|intern|trainee|apprentice|ph\.?d\.?\s+candidate|undergraduate|graduate\s+student)\b/i,
  ],
]

/**
 * Derives a seniority band from a job title by ordered keyword rules; a title that names
 * no rank is an individual contributor, an empty one is unknown.
 *
 * @example seniorityOf('SVP, Engineering') // 'vp'
 * @example seniorityOf('Chief Financial Officer') // 'c_level'
 * @example seniorityOf('MBA Student') // 'student'
 */
export function seniorityOf(title: string): Seniority {
  const trimmed = title.trim()
  if (trimmed === '') return 'unknown'
  for (const [band, pattern] of RULES) {
    if (pattern.test(trimmed)) return band
  }
  return 'individual_contributor'
}
