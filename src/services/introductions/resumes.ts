import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CreateIntroduction } from '../../contracts/introductions.js'
import { findIntroduction, type IntroductionRow } from '../../db/queries/introductions.js'
import { looksLikePdf, MAX_RESUME_BYTES } from '../../domain/pdf-check.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { requestIntroduction } from './request.js'
import { resumeFolder } from './resume-files.js'
import { roleOf } from './status.js'

/** A name safe to put in a header, ending in `.pdf`. */
function displayName(uploaded: string | undefined): string {
  const base = (uploaded ?? '')
    .replace(/[^A-Za-z0-9._ -]/g, '')
    .trim()
    .slice(0, 120)
  if (base === '') return 'resume.pdf'
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`
}

/**
 * A referral: an introduction of the seeker to someone hiring, carrying their résumé. The file
 * is checked by its content (a PDF of at most 5 MB) before anything is stored, and removed again
 * if the request itself is refused.
 */
export async function requestReferral(
  ctx: ServiceContext,
  requester: MemberId,
  input: CreateIntroduction,
  upload: { bytes: Buffer; filename: string | undefined },
): Promise<IntroductionRow> {
  if (upload.bytes.length > MAX_RESUME_BYTES) {
    throw new AppError('too_large', 'A résumé is at most 5 MB')
  }
  if (!looksLikePdf(upload.bytes)) throw new AppError('bad_request', 'The résumé is not a PDF')
  const file = `${newId()}.pdf`
  await mkdir(resumeFolder(ctx), { recursive: true })
  const path = join(resumeFolder(ctx), file)
  await writeFile(path, upload.bytes, { mode: 0o600 })
  try {
    return await requestIntroduction(ctx, requester, input, 'referral', {
      file,
      name: displayName(upload.filename),
      bytes: upload.bytes.length,
    })
  } catch (error) {
    await rm(path, { force: true })
    throw error
  }
}

/** The résumé of a referral, for its three parties only; to anyone else it does not exist. */
export async function resumeOf(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
): Promise<{ path: string; name: string }> {
  const row = await findIntroduction(ctx.db, id)
  if (row === null || roleOf(row, viewer) === null || row.resumeFile === null) {
    throw new AppError('not_found', 'No such résumé')
  }
  return { path: join(resumeFolder(ctx), row.resumeFile), name: row.resumeName ?? 'resume.pdf' }
}
