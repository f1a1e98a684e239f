/**
 * Keys that identify a person across imports. They are the `externalKey` of contacts and the
 * `senderKey`/`counterpartKey` of other records, so a record finds its contact by key.
 */

const LINKEDIN_PROFILE = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/([^/?#\s]+)/i

const profileCache = new Map<string, { url: string; key: string } | null>()
const PROFILE_CACHE_LIMIT = 200_000

function decodeSlug(slug: string): string {
  if (!slug.includes('%')) return slug
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}

/** Canonical URL and key of a profile URL at once (see canonicalProfileUrl and profileKey). */
export function resolveProfile(raw: string): { url: string; key: string } | null {
  const text = raw.trim()
  if (text === '') return null
  const cached = profileCache.get(text)
  if (cached !== undefined) return cached
  let result: { url: string; key: string } | null
  const match = LINKEDIN_PROFILE.exec(text)
  if (match !== null) {
    const slug = decodeSlug(match[2] ?? '').normalize('NFC')
    const kind = (match[1] ?? 'in').toLowerCase()
    result = {
      url: `https://www.linkedin.com/${kind}/${slug}`,
      key: `url:linkedin.com/${kind}/${slug.toLowerCase()}`,
    }
  } else if (/^https?:\/\//i.test(text)) {
    const bare = text
      .replace(/^https?:\/\//i, '')
      .replace(/^www\./i, '')
      .replace(/\/+$/, '')
    result = { url: text, key: `url:${bare.toLowerCase()}` }
  } else {
    result = null
  }
  // @NOTE Bounded so that an export with millions of distinct URLs cannot grow memory.
  if (profileCache.size >= PROFILE_CACHE_LIMIT) profileCache.clear()
  profileCache.set(text, result)
  return result
}

/**
 * The canonical form of a profile URL: LinkedIn profiles become `https://www.linkedin.com/in/<slug>`
 * whatever the scheme, host prefix, trailing slash or percent-encoding; other http(s) URLs are kept.
 */
export function canonicalProfileUrl(raw: string): string | null {
  return resolveProfile(raw)?.url ?? null
}

export function profileKey(raw: string): string | null {
  return resolveProfile(raw)?.key ?? null
}

/** Lower-case, NFKC (so "styled" mathematical letters read as plain ones), single spaces. */
export function normaliseName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
}

export function emailKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`
}

export function nameKey(fullName: string, company?: string | null): string {
  return `name:${normaliseName(fullName)}|${company ? normaliseName(company) : ''}`
}

/** Profile URL, else the first e-mail, else normalised name and company. */
export function contactExternalKey(parts: {
  profileUrl: string | null
  emails: readonly string[]
  fullName: string
  company: string | null
}): string {
  if (parts.profileUrl !== null) {
    const key = profileKey(parts.profileUrl)
    if (key !== null) return key
  }
  const email = parts.emails[0]
  if (email !== undefined) return emailKey(email)
  return nameKey(parts.fullName, parts.company)
}

export function joinName(first: string, last: string): string {
  return `${first} ${last}`.replace(/\s+/g, ' ').trim()
}
