import type { Announcement } from '../../announcements/announcement.js'
import {
  type InstanceSettings,
  type InstanceSettingsPatch,
  instanceSettingsSchema,
  type SignupMode,
} from '../../contracts/operator.js'
import type { Db } from '../../db/client.js'
import { readSetting, writeSetting } from '../../db/queries/instance.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'
import { recordOperatorAction } from './audit.js'
import { requireOperator } from './operator.js'

export type { SignupMode }

const SETTINGS_KEY = 'instance_settings'

/**
 * Each context's settings, read once and forgotten when any process announces a change (on
 * PostgreSQL the relay brings other processes' announcements), so a limit applies at once
 * everywhere without a query per request.
 */
const cached = new WeakMap<ServiceContext['announcements'], Promise<InstanceSettings>>()
const subscribed = new WeakSet<ServiceContext['announcements']>()

/** After the relay lost its connection, announcements may have been missed: read them again. */
export function forgetInstanceSettings(ctx: ServiceContext): void {
  cached.delete(ctx.announcements)
}

function forgetOnChange(ctx: ServiceContext): void {
  if (subscribed.has(ctx.announcements)) return
  subscribed.add(ctx.announcements)
  ctx.announcements.subscribe((a: Announcement) => {
    // A reload follows a restore or a lost relay connection: what was missed may include settings.
    if (a.kind === 'instance.settings' || a.kind === 'graph.reload') {
      cached.delete(ctx.announcements)
    }
  })
}

/** The settings in force: the operator's stored choices over the start-up configuration. */
export async function instanceSettings(ctx: ServiceContext): Promise<InstanceSettings> {
  // Inside a transaction (a job's, a sign-up's) read what that transaction sees.
  if (ctx.staged !== undefined) return await instanceSettingsIn(ctx, ctx.db)
  forgetOnChange(ctx)
  let settings = cached.get(ctx.announcements)
  if (settings === undefined) {
    settings = instanceSettingsIn(ctx, ctx.db)
    cached.set(ctx.announcements, settings)
    settings.catch(() => cached.delete(ctx.announcements))
  }
  return await settings
}

/**
 * The settings as the given transaction sees them: for limits counted inside a transaction (on the
 * embedded database a read outside it would wait for it to end).
 */
export async function instanceSettingsIn(ctx: ServiceContext, db: Db): Promise<InstanceSettings> {
  const { config } = ctx
  const defaults: InstanceSettings = {
    signupMode: config.signupMode,
    signupsPerHour: config.signupsPerHour,
    loginFailures: config.loginFailures,
    invitesPerWeek: config.invitesPerWeek,
    messageRequestsPerDay: config.messageRequestsPerDay,
    openIntroRequests: config.openIntroRequests,
  }
  const stored = instanceSettingsSchema.partial().safeParse(await readSetting(db, SETTINGS_KEY))
  return {
    ...defaults,
    ...(stored.success ? stored.data : {}),
  }
}

export async function currentSignupMode(ctx: ServiceContext): Promise<SignupMode> {
  return (await instanceSettings(ctx)).signupMode
}

/** Changes settings (operator only), audited; every process applies them once committed. */
export async function updateInstanceSettings(
  ctx: ServiceContext,
  viewer: MemberId,
  patch: InstanceSettingsPatch,
): Promise<InstanceSettings> {
  await requireOperator(ctx, viewer)
  return await changeSettings(ctx, viewer, patch)
}

/** The same change from the instance's shell, where there is no signed-in operator. */
export async function changeSettings(
  ctx: ServiceContext,
  actor: MemberId | null,
  patch: InstanceSettingsPatch,
): Promise<InstanceSettings> {
  await inTransaction(ctx, async ({ tx, announce }) => {
    const stored = instanceSettingsSchema.partial().safeParse(await readSetting(tx, SETTINGS_KEY))
    const before = stored.success ? stored.data : {}
    await writeSetting(tx, SETTINGS_KEY, { ...before, ...patch }, ctx.clock())
    await recordOperatorAction(tx, ctx.clock(), {
      actor,
      action: 'settings.changed',
      target: null,
      detail: patch,
    })
    announce({ kind: 'instance.settings' })
  })
  return await instanceSettings(ctx)
}

/** The settings in force, for the operator's console. */
export async function operatorSettings(
  ctx: ServiceContext,
  viewer: MemberId,
): Promise<InstanceSettings> {
  await requireOperator(ctx, viewer)
  return await instanceSettings(ctx)
}
