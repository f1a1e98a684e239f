import { z } from 'zod'
import { readSetting, writeSetting } from '../../db/queries/instance.js'
import type { ServiceContext } from '../context.js'

const signupModeSchema = z.enum(['open', 'invite'])
export type SignupMode = z.output<typeof signupModeSchema>

/** The operator's choice stored in the database wins over the start-up configuration. */
export async function currentSignupMode(ctx: ServiceContext): Promise<SignupMode> {
  const stored = signupModeSchema.safeParse(await readSetting(ctx.db, 'signup_mode'))
  return stored.success ? stored.data : ctx.config.signupMode
}

export async function setSignupMode(ctx: ServiceContext, mode: SignupMode): Promise<void> {
  await writeSetting(ctx.db, 'signup_mode', mode, ctx.clock())
}
