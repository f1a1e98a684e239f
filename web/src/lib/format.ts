import type { Degree, HowWeMet, MemberProfile, Seniority } from '../api/types.js'

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

export function seniorityLabel(value: string | null | undefined): string | null {
  if (!value) return null
  return value in SENIORITY_LABELS ? SENIORITY_LABELS[value as Seniority] : value
}

/** One sentence for how two people know each other. */
export function describeHowWeMet(how: HowWeMet | null | undefined): string {
  if (!how) return 'How you met is not recorded'
  const range = formatRange(how.from, how.to)
  const years = range ? ` (${range})` : ''
  switch (how.kind) {
    case 'worked_together':
      return `Worked together${how.company ? ` at ${how.company}` : ''}${years}`
    case 'studied_together': {
      const school = how.detail ?? how.company
      return `Studied together${school ? ` at ${school}` : ''}${years}`
    }
    case 'met_in_person': {
      const place = how.place ? ` at ${how.place}` : ''
      const date = how.date ? `, ${formatPartialDate(how.date)}` : ''
      return `Met in person${place}${date}`
    }
    case 'introduced':
      return how.detail ? `Introduced by ${how.detail}` : 'Introduced by a member'
    case 'other':
      return how.detail ? `Other: ${how.detail}` : 'Other'
    default:
      return 'How you met is not recorded'
  }
}

/** The API may send the degree as a number or a word; the UI speaks of 1st, 2nd, 3rd. */
export function normaliseDegree(value: MemberProfile['degree']): Degree | undefined {
  if (value === undefined) return undefined
  switch (value) {
    case 1:
    case 'first':
      return 1
    case 2:
    case 'second':
      return 2
    case 3:
    case 'third':
      return 3
    default:
      return null
  }
}

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
