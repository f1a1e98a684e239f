import { groupBy } from '../../collections.js'
import type { MemberSummary } from '../../contracts/profile.js'
import type { DirectoryRow } from '../../db/queries/members.js'

/** Between the fields of `searchText`: NUL, which no stored text holds (PostgreSQL refuses it). */
export const FIELD_SEPARATOR = '\u0000'

/** What the member directory holds of one member. */
export interface DirectoryEntry {
  summary: MemberSummary
  suspended: boolean
  /** The search order's first key (then the id), which the search cursor carries. */
  sortName: string
  /**
   * Name, headline, and every position's company and title, lowercased and joined by
   * `FIELD_SEPARATOR`: what search matches, in one string so that a search tests each member once.
   */
  searchText: string
}

/** The current position is the first one without an end date, else the first listed. */
export function currentPosition<P extends { to: string | null }>(positions: P[]): P | null {
  return positions.find((p) => p.to === null) ?? positions[0] ?? null
}

/** One entry per member of the rows (`directoryRows`), in the rows' order of members. */
export function entriesFrom(rows: DirectoryRow[]): DirectoryEntry[] {
  return [...groupBy(rows, (r) => r.id).values()].map((own) => {
    const [member] = own as [DirectoryRow, ...DirectoryRow[]]
    const positions = own.flatMap((r) =>
      r.company === null || r.title === null
        ? []
        : [{ company: r.company, title: r.title, to: r.to }],
    )
    const current = currentPosition(positions)
    return {
      summary: {
        id: member.id,
        name: member.name,
        headline: member.headline,
        company: current?.company ?? null,
        title: current?.title ?? null,
      },
      suspended: member.suspendedAt !== null,
      sortName: member.name.toLowerCase(),
      searchText: [member.name, member.headline, ...positions.flatMap((p) => [p.company, p.title])]
        .map((field) => field.toLowerCase())
        .join(FIELD_SEPARATOR),
    }
  })
}

/** Whether the entry comes first in the search order: by lowercased name, then id. */
export function comesBefore(entry: DirectoryEntry, key: { name: string; id: string }): boolean {
  return entry.sortName < key.name || (entry.sortName === key.name && entry.summary.id < key.id)
}
