import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { expectCountersEqualRows } from './counters.js'
import {
  type IntroductionCommand,
  introductionCommandArb,
  runIntroductionCommand,
} from './introduction-commands.js'
import {
  type Member,
  membersShowingTies,
  type RelationshipCommand,
  relationshipCommandArb,
  runRelationshipCommand,
} from './relationship-commands.js'
import {
  count,
  expectRelationshipInvariants,
  liveConnections,
  pairKey,
} from './relationship-invariants.js'

const MEMBERS = 4
const DAY_MS = 24 * 3600_000

type Command = RelationshipCommand | IntroductionCommand

function isIntroduction(c: Command): c is IntroductionCommand {
  return ['ask', 'forward', 'pass', 'decline', 'take'].includes(c.op)
}

/**
 * No introduction is made without both consents: an accepted one was forwarded by its
 * introducer (with why they vouch) and decided by its target, and opened exactly one
 * conversation, of the three, that the introducer's note starts; nothing else opened one.
 */
async function expectIntroductionInvariants(env: TestEnv) {
  expect(
    await count(
      env,
      sql`select count(*)::int as n from introductions where status = 'accepted' and (silent
          or forwarded_at is null or introducer_note is null or decided_at is null
          or conversation_id is null)`,
    ),
    'accepted without both consents',
  ).toBe(0)
  expect(
    await count(
      env,
      sql`select count(*)::int as n from introductions
          where status <> 'accepted' and conversation_id is not null`,
    ),
    'a conversation without an acceptance',
  ).toBe(0)
  const accepted = await count(
    env,
    sql`select count(*)::int as n from introductions where status = 'accepted'`,
  )
  expect(
    await count(
      env,
      sql`select count(distinct conversation_id)::int as n from introductions
          where status = 'accepted'`,
    ),
  ).toBe(accepted)
  expect(
    await count(
      env,
      sql`select count(*)::int as n from conversations where origin = 'introduction'`,
    ),
    'introduction conversations',
  ).toBe(accepted)
  // Each opened conversation holds exactly the three, and the introducer's one message.
  expect(
    await count(
      env,
      sql`select count(*)::int as n from introductions i where i.status = 'accepted' and (
            (select array_agg(member_id order by member_id) from conversation_members
              where conversation_id = i.conversation_id)
              is distinct from (select array_agg(m order by m)
                from unnest(array[i.requester_id, i.introducer_id, i.target_id]) m)
            or (select count(*) from messages where conversation_id = i.conversation_id) <> 1
            or not exists (select 1 from messages where conversation_id = i.conversation_id
              and sender_id = i.introducer_id))`,
    ),
    'conversation of the three',
  ).toBe(0)
}

async function isLive(env: TestEnv, a: Member, b: Member): Promise<boolean> {
  return (await liveConnections(env)).has(pairKey(a.id, b.id))
}

/**
 * Brings the members back to a ring, one tie at a time: every member has two connections to ask
 * and one member two places on to be introduced to, whatever the last run removed or added.
 */
async function ringAgain(env: TestEnv, members: Member[]) {
  const size = members.length
  for (let a = 0; a < size; a++) {
    for (let b = a + 1; b < size; b++) {
      const [x, y] = [members[a] as Member, members[b] as Member]
      const onRing = b === a + 1 || (a === 0 && b === size - 1)
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        if (!onRing || (await isLive(env, x, y))) break
        await runRelationshipCommand(env, members, { op: 'invite', from, to })
        await runRelationshipCommand(env, members, { op: 'accept', from: to, to: from })
      }
      if (!onRing && (await isLive(env, x, y))) {
        await runRelationshipCommand(env, members, { op: 'remove', from: a, to: b })
      }
      expect(await isLive(env, x, y), `${a}-${b}`).toBe(onRing)
    }
  }
}

describeEachDatabase('concurrent introductions', (env) => {
  it('make no introduction without both consents, open one conversation each, keep counters equal to rows, and never answer 5xx', async () => {
    const e = env()
    const members = await membersShowingTies(e, MEMBERS)
    const commandArb = fc.oneof(
      { arbitrary: introductionCommandArb(MEMBERS), weight: 3 },
      { arbitrary: relationshipCommandArb(MEMBERS), weight: 1 },
    )
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 4, maxLength: 12 }), async (commands) => {
        await ringAgain(e, members)
        // One interleaving: every command of the run is in flight at once.
        const statuses = await Promise.all(
          commands.map((c) =>
            isIntroduction(c)
              ? runIntroductionCommand(e, members, c)
              : runRelationshipCommand(e, members, c),
          ),
        )
        for (const status of statuses) expect(status).toBeLessThan(500)
        await expectIntroductionInvariants(e)
        await expectRelationshipInvariants(e, members)
        await expectCountersEqualRows(e, members)
        // Days pass between runs, so open requests also expire and limits free up.
        e.clock.advance(DAY_MS)
      }),
      { numRuns: 25 },
    )
  })
})
