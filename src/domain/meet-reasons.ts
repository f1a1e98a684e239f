/**
 * Why two people at the same event might talk, from what their profiles say: the field they
 * work in (named in a headline or a title), a company both have worked at, the city both live in.
 */

export interface MeetProfile {
  headline: string
  location: string
  titles: string[]
  companies: string[]
}

export type ProfileReason =
  | { kind: 'same_field'; field: string }
  | { kind: 'same_company'; company: string }
  | { kind: 'same_city'; city: string }

/** Fields people name themselves by, each with the words that say it. */
const FIELDS: readonly { field: string; words: readonly string[] }[] = [
  { field: 'fintech', words: ['fintech', 'payments', 'banking', 'lending', 'insurtech'] },
  { field: 'healthcare', words: ['healthcare', 'health', 'medtech', 'biotech', 'pharma'] },
  { field: 'climate', words: ['climate', 'cleantech', 'energy', 'sustainability'] },
  { field: 'education', words: ['edtech', 'education', 'learning'] },
  { field: 'security', words: ['security', 'cybersecurity', 'infosec'] },
  { field: 'data and AI', words: ['ai', 'machine learning', 'data science', 'analytics'] },
  { field: 'design', words: ['design', 'ux', 'product design'] },
  { field: 'recruiting', words: ['recruiting', 'recruiter', 'talent', 'headhunter'] },
  { field: 'sales', words: ['sales', 'business development'] },
  { field: 'marketing', words: ['marketing', 'growth', 'brand'] },
  { field: 'real estate', words: ['real estate', 'proptech'] },
  { field: 'legal', words: ['legal', 'lawyer', 'attorney', 'counsel'] },
  { field: 'venture', words: ['venture', 'investor', 'vc', 'angel'] },
]

function words(text: string): string {
  return ` ${text.toLowerCase().replaceAll(/[^\p{L}\p{N}]+/gu, ' ')} `
}

export function fieldsOf(profile: MeetProfile): Set<string> {
  const text = words([profile.headline, ...profile.titles].join(' '))
  const found = new Set<string>()
  for (const { field, words: said } of FIELDS) {
    if (said.some((w) => text.includes(` ${w} `))) found.add(field)
  }
  return found
}

function cityOf(location: string): string {
  return location.split(',')[0]?.trim() ?? ''
}

export function profileReasons(a: MeetProfile, b: MeetProfile): ProfileReason[] {
  const reasons: ProfileReason[] = []
  const theirs = fieldsOf(b)
  for (const field of fieldsOf(a))
    if (theirs.has(field)) reasons.push({ kind: 'same_field', field })
  const companies = new Map(b.companies.map((c) => [c.trim().toLowerCase(), c.trim()]))
  for (const c of new Set(a.companies.map((c) => c.trim().toLowerCase()))) {
    const name = companies.get(c)
    if (c !== '' && name !== undefined) reasons.push({ kind: 'same_company', company: name })
  }
  const city = cityOf(a.location)
  if (city !== '' && city.toLowerCase() === cityOf(b.location).toLowerCase()) {
    reasons.push({ kind: 'same_city', city })
  }
  return reasons
}
