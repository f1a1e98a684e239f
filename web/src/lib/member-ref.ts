import type { MemberSummary } from '../api/types.js'

/** Invitation ends may arrive as an id or as a member summary; screens want a summary. */
export function memberRef(value: MemberSummary | string | null | undefined): MemberSummary {
  if (typeof value === 'string') return { id: value, name: 'A member' }
  if (!value) return { id: '', name: 'A member' }
  return value
}

export function currentRole(member: MemberSummary): string | null {
  if (member.title || member.company) {
    return [member.title, member.company].filter(Boolean).join(' at ')
  }
  const current = member.positions?.find((p) => !p.to) ?? member.positions?.[0]
  if (!current) return null
  return [current.title, current.company].filter(Boolean).join(' at ')
}
