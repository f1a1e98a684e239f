import fc from 'fast-check'
import { call } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'
import type { Member } from './relationship-commands.js'

const VALUES = {
  valueForTarget: 'Ana has shipped two payment platforms and can review your architecture.',
  valueForRequester: 'I would learn how your team runs its on-call rotation at scale.',
}

type Decision = 'forward' | 'pass' | 'decline' | 'take'

/**
 * One step of the double opt-in: `from` asks `via` to introduce them to `to`, or, among the
 * requests waiting for `from`, the `pick`-th is forwarded or passed on (declined) by its
 * introducer, or declined or taken (accepted) by its target.
 */
export type IntroductionCommand =
  | { op: 'ask'; from: number; via: number; to: number }
  | { op: Decision; from: number; pick: number }

const ACTIONS: Record<Decision, { role: 'introducer' | 'target'; path: string; body: object }> = {
  forward: { role: 'introducer', path: 'forward', body: { note: 'I worked with them for years.' } },
  pass: { role: 'introducer', path: 'decline', body: {} },
  decline: { role: 'target', path: 'decline', body: { reason: 'Not now.' } },
  take: { role: 'target', path: 'accept', body: {} },
}

/**
 * Introduction commands among `size` members who start as a ring: a request goes through a
 * neighbour on either side to the member two places on, which the ring's ties allow until the
 * relationship commands of a run change them.
 */
export function introductionCommandArb(size: number): fc.Arbitrary<IntroductionCommand> {
  const ask = fc
    .record({ from: fc.nat(size - 1), side: fc.constantFrom(1, size - 1) })
    .map(({ from, side }) => ({
      op: 'ask' as const,
      from,
      via: (from + side) % size,
      to: (from + 2) % size,
    }))
  // A small pick makes commands of one run reach for the same request, as a race needs.
  const decide = fc.record({
    // Mostly yes: a request declined early leaves nothing for the later decisions to race on.
    op: fc.oneof(
      { arbitrary: fc.constantFrom('forward', 'take'), weight: 3 },
      { arbitrary: fc.constantFrom('pass', 'decline'), weight: 1 },
    ),
    from: fc.nat(size - 1),
    pick: fc.nat(1),
  })
  return fc.oneof(ask, decide) as fc.Arbitrary<IntroductionCommand>
}

/** The ids of requests waiting for the member's decision in `role`, oldest first. */
async function waiting(env: TestEnv, member: Member, role: 'introducer' | 'target') {
  const r = await call(env.app, 'GET', `/api/introductions?role=${role}&limit=200`, { as: member })
  if (r.statusCode !== 200) return { status: r.statusCode, ids: [] }
  const open = role === 'introducer' ? 'requested' : 'forwarded'
  const items = r.json().items as { id: string; status: string }[]
  return { status: r.statusCode, ids: items.filter((i) => i.status === open).map((i) => i.id) }
}

/** Sends one command through the API and returns the status of its last request. */
export async function runIntroductionCommand(
  env: TestEnv,
  members: Member[],
  c: IntroductionCommand,
): Promise<number> {
  const me = members[c.from] as Member
  if (c.op === 'ask') {
    const via = members[c.via] as Member
    const target = members[c.to] as Member
    return (
      await call(env.app, 'POST', '/api/introductions', {
        as: me,
        body: { via: via.id, target: target.id, ...VALUES },
      })
    ).statusCode
  }
  const action = ACTIONS[c.op]
  const { status, ids } = await waiting(env, me, action.role)
  const id = ids[c.pick % Math.max(1, ids.length)]
  if (id === undefined) return status
  return (
    await call(env.app, 'POST', `/api/introductions/${id}/${action.path}`, {
      as: me,
      body: action.body,
    })
  ).statusCode
}
