import { z } from 'zod'
import type { Db } from '../../db/client.js'
import { readSetting, writeSetting } from '../../db/queries/instance.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { deliverQueuedMail } from '../mail/index.js'
import { SEND_JOB } from '../newsletters/index.js'
import { requireOperator } from '../operator/index.js'
import { lastBackup } from './last-backup.js'

const SETTING = 'sends_paused'

/**
 * The jobs whose work is mail to people: held while sends are paused. A function, not a constant,
 * because the mail and newsletter modules import this one in turn.
 */
const sendingJobs = () => [SEND_JOB]

const holdSchema = z.object({ since: z.iso.datetime({ offset: true }) }).strict()

export interface SendsHold {
  paused: boolean
  /** When the hold began (the restore): mail queued before it waits, mail queued after goes. */
  since: string | null
}

export async function sendsHold(db: Db): Promise<SendsHold> {
  const stored = holdSchema.safeParse(await readSetting(db, SETTING))
  return stored.success
    ? { paused: true, since: stored.data.since }
    : { paused: false, since: null }
}

/** Pauses scheduled sends, in the caller's transaction (the restore's). */
export async function pauseSends(db: Db, at: Date): Promise<void> {
  await writeSetting(db, SETTING, { since: at.toISOString() }, at)
}

/** The job kinds the runner must not claim now: the sending ones while sends are paused. */
export async function heldJobKinds(db: Db): Promise<string[]> {
  return (await sendsHold(db)).paused ? sendingJobs() : []
}

/**
 * Lets held sends go again: the newsletters' send jobs carry on from their ledgers and the outbox
 * sends what waited. Operators only (or the operator's shell, with no viewer).
 */
export async function resumeSends(
  ctx: ServiceContext,
  viewer: MemberId | null,
): Promise<SendsHold> {
  if (viewer !== null) await requireOperator(ctx, viewer)
  await writeSetting(ctx.db, SETTING, false, ctx.clock())
  ctx.jobs.wake()
  await deliverQueuedMail(ctx).catch((err: unknown) =>
    ctx.log.warn({ err }, 'mail delivery failed'),
  )
  return { paused: false, since: null }
}

/** The last backup and the hold on sends, for the operator's console. */
export async function backupStatus(ctx: ServiceContext, viewer: MemberId) {
  await requireOperator(ctx, viewer)
  return { lastBackup: await lastBackup(ctx), sends: await sendsHold(ctx.db) }
}
