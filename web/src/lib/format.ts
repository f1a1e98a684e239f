import type { HowWeMet, MemberPage, Seniority } from '../api/schema.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2018`, `2018-03` or `2018-03-14` as people gave it, in words at the same precision. */
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return ''
  const [year, month, day] = value.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`
  if (monthName) return `${monthName} ${year}`
  return year ?? value
}

/** A full timestamp as a calendar date in the reader's locale. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
}

export function formatRange(
  from: string | null | undefined,
  to: string | null | undefined,
): string {
  const start = formatPartialDate(from)
  const end = formatPartialDate(to)
  if (start && end) return `${start} – ${end}`
  if (start) return `since ${start}`
  if (end) return `until ${end}`
  return ''
}

export const SENIORITY_LABELS: Record<Seniority, string> = {
  c_level: 'C-level',
  vp: 'VP',
  director: 'Director',
  manager: 'Manager',
  individual_contributor: 'Individual contributor',
  student: 'Student',
  unknown: 'Unclassified',
}

/** One sentence for how two people know each other. */
export function describeHowWeMet(how: HowWeMet): string {
  switch (how.kind) {
    case 'worked_together':
      return `Worked together at ${how.company}${years(how)}`
    case 'studied_together':
      return `Studied together${how.detail ? ` at ${how.detail}` : ''}${years(how)}`
    case 'met_in_person':
      return `Met in person at ${how.place}, ${formatPartialDate(how.date)}`
    case 'introduced':
      return `Introduced by ${how.detail}`
    case 'other':
      return `Other: ${how.detail}`
  }
}

function years(how: { from?: string; to?: string }): string {
  const range = formatRange(how.from, how.to)
  return range ? ` (${range})` : ''
}

/** The viewer's degree to a member: 1, 2 or 3, or null beyond the third. */
export type Degree = MemberPage['degree']

export function degreeLabel(degree: Degree): string {
  switch (degree) {
    case 1:
      return '1st degree'
    case 2:
      return '2nd degree'
    case 3:
      return '3rd degree'
    default:
      return 'Not in your network'
  }
}
