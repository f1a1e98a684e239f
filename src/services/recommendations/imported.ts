import { z } from 'zod'
import type { ImportedRecommendation } from '../../contracts/recommendations.js'
import { findVisibleContact } from '../../db/queries/contacts.js'
import { importedRecordsOfKind } from '../../db/queries/imports.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

/** What the LinkedIn import keeps of a recommendation row (services/imports/import-linkedin.ts). */
const storedSchema = z.object({
  direction: z.enum(['given', 'received']),
  name: z.string(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  status: z.string().nullable(),
})

/**
 * The recommendations of the member's own imports, newest first, all of them or those about one
 * of their contacts. They are the owner's records: nobody else sees them, and no profile shows them.
 */
export async function importedRecommendations(
  ctx: ServiceContext,
  viewer: MemberId,
  contactId?: string,
): Promise<ImportedRecommendation[]> {
  if (contactId !== undefined && (await findVisibleContact(ctx.db, viewer, contactId)) === null)
    throw new AppError('not_found', 'No such contact')
  const rows = await importedRecordsOfKind(ctx.db, viewer, 'recommendation', contactId)
  return rows.flatMap((row) => {
    const data = storedSchema.safeParse(row.data)
    if (!data.success) return []
    return [
      {
        id: row.id,
        ...data.data,
        at: row.at?.toISOString() ?? null,
        contactId: row.contactId,
      },
    ]
  })
}
