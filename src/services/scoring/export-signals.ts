import type { Db } from '../../db/client.js'
import type { ContactRow } from '../../db/queries/contacts.js'
import { importedRecordsOf } from '../../db/queries/imports.js'
import type { TieSignals } from '../../domain/relationship.js'

interface YearMonth {
  year: number
  month: number | null
}

/** One of the owner's positions from Positions.csv. */
interface OwnerPosition {
  company: string
  key: string
  from: YearMonth | null
  to: YearMonth | null
}

/** What an owner's imported records say about their contacts, gathered once per analysis. */
export interface ExportSignals {
  byContact: Map<string, Omit<TieSignals, 'sharedEmployer'>>
  positions: OwnerPosition[]
}

/** LinkedIn's default invitation texts, which say nothing personal. */
const DEFAULT_INVITATION =
  /^(i'?d like to (join|add you to) my (professional )?(linkedin )?network|hi,? i'?d like to connect)/i

const LEGAL_SUFFIX =
  /\b(inc|ltd|llc|gmbh|ag|ab|sa|plc|corp|corporation|co|company|limited|bv|nv|srl)\b/g

/** A company name reduced to what two spellings of it share: "Acme, Inc." and "ACME" match. */
export function companyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(LEGAL_SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function yearMonthOf(value: unknown): YearMonth | null {
  if (typeof value !== 'object' || value === null) return null
  const { year, month } = value as { year?: unknown; month?: unknown }
  if (typeof year !== 'number' || !Number.isInteger(year)) return null
  return { year, month: typeof month === 'number' ? month : null }
}

/**
 * Reads the owner's imported invitations, endorsements and positions into signals per contact:
 * the latest invitation (who sent it, whether it carried a note of one's own), endorsements
 * received, and the owner's employers for matching against a contact's company.
 */
export async function exportSignalsOf(db: Db, ownerId: string): Promise<ExportSignals> {
  const records = await importedRecordsOf(db, ownerId)
  const byContact = new Map<string, Omit<TieSignals, 'sharedEmployer'>>()
  const positions: OwnerPosition[] = []
  const of = (id: string) => {
    let s = byContact.get(id)
    if (s === undefined) {
      s = {}
      byContact.set(id, s)
    }
    return s
  }
  for (const r of records) {
    if (r.kind === 'position') {
      const company = typeof r.data.company === 'string' ? r.data.company.trim() : ''
      const key = companyKey(company)
      if (key === '') continue
      positions.push({
        company,
        key,
        from: yearMonthOf(r.data.startedOn),
        to: yearMonthOf(r.data.finishedOn),
      })
      continue
    }
    if (r.contactId === null) continue
    if (r.kind === 'invitation' && r.at !== null) {
      const s = of(r.contactId)
      if (s.invitation !== undefined && s.invitation.at.getTime() >= r.at.getTime()) continue
      const text = typeof r.data.message === 'string' ? r.data.message.trim() : ''
      s.invitation = {
        by: r.data.direction === 'outgoing' ? 'member' : 'contact',
        at: r.at,
        note: text !== '' && !DEFAULT_INVITATION.test(text),
      }
    } else if (r.kind === 'endorsement') {
      const s = of(r.contactId)
      if (r.data.direction === 'given') s.endorsementsGiven = (s.endorsementsGiven ?? 0) + 1
      else s.endorsementsReceived = (s.endorsementsReceived ?? 0) + 1
    }
  }
  return { byContact, positions }
}

function monthIndex(ym: YearMonth, end: boolean): number {
  return ym.year * 12 + (ym.month === null ? (end ? 11 : 0) : ym.month - 1)
}

/**
 * The signals of one contact: their records', and an employer of the owner's that the contact
 * works at. The two overlapped as far as the records show when the owner is still there, or the
 * two connected while the owner was.
 */
export function signalsFor(
  row: Pick<ContactRow, 'id' | 'company'>,
  connectedAt: Date | null,
  signals: ExportSignals | null,
): TieSignals | undefined {
  if (signals === null) return undefined
  const own = signals.byContact.get(row.id)
  const key = row.company === null ? '' : companyKey(row.company)
  const matches = key === '' ? [] : signals.positions.filter((p) => p.key === key)
  if (matches.length === 0) return own
  const connected =
    connectedAt === null ? null : connectedAt.getUTCFullYear() * 12 + connectedAt.getUTCMonth()
  const overlapping = (p: OwnerPosition) =>
    p.to === null ||
    (connected !== null &&
      (p.from === null || monthIndex(p.from, false) <= connected) &&
      connected <= monthIndex(p.to, true))
  const best = matches.find(overlapping) ?? matches[0]!
  return {
    ...own,
    sharedEmployer: {
      company: best.company,
      from: best.from?.year ?? null,
      to: best.to?.year ?? null,
      overlap: overlapping(best),
    },
  }
}
