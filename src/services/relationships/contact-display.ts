import type { MemberSummary } from '../../contracts/profile.js'
import type { ContactRow } from '../../db/queries/contacts.js'
import type { ServiceContext } from '../context.js'
import { summariesOf } from '../members/index.js'

/** Name, company and title as shown: a member's own profile wins over what was imported. */
export async function displayOf(ctx: ServiceContext, rows: readonly ContactRow[]) {
  const memberIds = rows.flatMap((r) => (r.memberId === null ? [] : [r.memberId]))
  const summaries = await summariesOf(ctx, memberIds)
  return (row: ContactRow) => {
    const s: MemberSummary | undefined =
      row.memberId === null ? undefined : summaries.get(row.memberId)
    return {
      id: row.id,
      name: s?.name ?? row.name,
      company: s?.company ?? row.company,
      title: s?.title ?? row.title,
      memberId: row.memberId,
    }
  }
}
