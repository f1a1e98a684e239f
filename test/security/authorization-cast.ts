import { signUpOperator } from '../api/operator-helpers.js'
import { connect, patchMe } from '../api/relationship-helpers.js'
import { call, signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'

export type Member = Awaited<ReturnType<typeof signUp>>

/** Who asks, relative to the member whose things a route is called on (the subject, "self"). */
export const ROLES = ['signedOut', 'stranger', 'connection', 'operator', 'self'] as const
export type Role = (typeof ROLES)[number]

/**
 * The people of one route's calls: the subject, a connection of theirs (who lets connections see
 * whom they know, so that introductions through them can be asked), a signed-in stranger, and the
 * instance's operator, connected to nobody. A new cast for every route: a route's calls may sign
 * their caller out, erase them or end their connection, and the next route must not inherit that.
 */
export interface Cast {
  self: Member
  connection: Member
  stranger: Member
  operator: Member
}

export async function newCast(env: TestEnv): Promise<Cast> {
  // The operator first: on an empty instance the first member to sign up becomes its operator.
  const operator = await signUpOperator(env, 'Olga Operator')
  const self = await signUp(env.app, { name: 'Sam Subject' })
  const connection = await signUp(env.app, { name: 'Cleo Connection' })
  const stranger = await signUp(env.app, { name: 'Stan Stranger' })
  await patchMe(env, connection, { visibility: 'connections' })
  await connect(env, self, connection)
  return { self, connection, stranger, operator }
}

/** The credentials a role's request carries (none when signed out). */
export function callerOf(cast: Cast, role: Role): Member | undefined {
  return role === 'signedOut' ? undefined : cast[role]
}

/** A member of nobody's cast, for things that need a third person. */
export async function bystander(env: TestEnv, name = 'Bea Bystander'): Promise<Member> {
  return await signUp(env.app, { name })
}

/** Calls and fails the setup loudly on any answer but the expected one. */
export async function must(
  env: TestEnv,
  status: number,
  method: Parameters<typeof call>[1],
  url: string,
  options: Parameters<typeof call>[3] = {},
) {
  const r = await call(env.app, method, url, options)
  if (r.statusCode !== status) {
    throw new Error(`setup ${method} ${url} answered ${r.statusCode}: ${r.body.slice(0, 300)}`)
  }
  return r
}
