import type { FastifyInstance } from 'fastify'
import type { ServiceContext } from '../../src/services/context.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { signUp } from '../setup/client.js'

/** A member made operator from the shell, as on an instance whose first member is someone else. */
export async function signUpOperator(
  env: { app: FastifyInstance; ctx: ServiceContext },
  name?: string,
) {
  const member = await signUp(env.app, name === undefined ? {} : { name })
  await grantOperator(env.ctx, member.email)
  return member
}
