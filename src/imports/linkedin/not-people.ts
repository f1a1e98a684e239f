import { normaliseName } from '../common/contact-key.js'

/**
 * Names LinkedIn writes for someone it hides: "LinkedIn Member" (seen in real exports, in
 * unrelated conversations) and, tolerated though not seen, its translations.
 */
const PLACEHOLDER_NAMES = new Set([
  'linkedin member',
  'linkedin-mitglied',
  'membre linkedin',
  'membre de linkedin',
  'miembro de linkedin',
  'membro do linkedin',
  'membro di linkedin',
  'linkedin-medlem',
  'linkedin-lid',
  'linkedin üyesi',
])

/** A mail-merge field left unfilled, as in sponsored messages: `%FIRSTNAME%`. */
const MERGE_FIELD = /%[a-z][a-z_ ]*%/i

/**
 * `LinkedIn`, `LinkedIn Jobs`, `Lisa Nolan at LinkedIn Jobs`, `Sarah Walz from LinkedIn`, and
 * the same in other languages (`… från LinkedIn` is in a real export).
 */
const SYSTEM_NAME = /(^|\s(at|from|via|från|fra|von|van|de|du|di|da|z|ze)\s)linkedin(\s|$)/

/**
 * A stand-in for a person rather than a person: "LinkedIn Member", a name holding a mail-merge
 * field, or no name and no profile URL. Many unrelated people hide behind one such name, so it
 * never becomes a contact of its own. A profile URL without a name is a person (known by URL).
 *
 * @example isPlaceholder('LinkedIn Member', null) // true
 * @example isPlaceholder('Hi %FIRSTNAME%', null) // true
 * @example isPlaceholder('', 'https://www.linkedin.com/in/x') // false
 */
export function isPlaceholder(name: string, profileUrl: string | null): boolean {
  // @NOTE Every placeholder name says LinkedIn or holds a %: most names are rejected unread.
  if (!/linkedin|%/i.test(name) && name.trim() !== '') return false
  const normal = normaliseName(name)
  if (normal === '') return profileUrl === null
  return PLACEHOLDER_NAMES.has(normal) || MERGE_FIELD.test(normal)
}

/**
 * LinkedIn itself writing (job alerts, InMail notices) under a name that looks like a person's.
 * Only a sender with no SENDER PROFILE URL is one: members always have a profile.
 *
 * @example isSystemSender('Lisa Nolan at LinkedIn Jobs', null) // true
 * @example isSystemSender('Sarah Walz från LinkedIn', null) // true
 */
export function isSystemSender(name: string, profileUrl: string | null): boolean {
  return profileUrl === null && /linkedin/i.test(name) && SYSTEM_NAME.test(normaliseName(name))
}

/**
 * A sponsored message (InMail advertising): its conversation is titled `Sponsored
 * Conversation`, or its body is written in the spinmail editor's HTML.
 */
export function isSponsored(title: string, content: string): boolean {
  return (
    (title !== '' && normaliseName(title) === 'sponsored conversation') ||
    content.includes('spinmail-quill-editor') ||
    content.includes('class="spinmail')
  )
}
