import type { MemberSummary } from '../api/schema.js'

/** "Title at Company", or whichever of the two is known. */
export function currentRole(person: Pick<MemberSummary, 'title' | 'company'>): string | null {
  return [person.title, person.company].filter(Boolean).join(' at ') || null
}
