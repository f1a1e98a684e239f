import fc from 'fast-check'
import { expect, it } from 'vitest'
import { describeEachDatabase } from '../setup/harness.js'
import { expectCountersEqualRows } from './counters.js'
import {
  membersShowingTies,
  relationshipCommandArb,
  runRelationshipCommand,
} from './relationship-commands.js'
import { expectRelationshipInvariants } from './relationship-invariants.js'

const MEMBERS = 4

describeEachDatabase('concurrent relationship changes', (env) => {
  it('keep one connection per pair, the graph equal to the database, counters equal to rows, and never answer 5xx', async () => {
    const e = env()
    const members = await membersShowingTies(e, MEMBERS)
    // Everyone starts connected, so removals and prunes have something to act on from the first run.
    for (let a = 0; a < MEMBERS; a++) {
      for (let b = a + 1; b < MEMBERS; b++) {
        for (const op of ['invite', 'accept'] as const) {
          expect(
            await runRelationshipCommand(e, members, {
              op,
              from: op === 'invite' ? a : b,
              to: op === 'invite' ? b : a,
            }),
          ).toBeLessThan(300)
        }
      }
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(relationshipCommandArb(MEMBERS), { minLength: 4, maxLength: 12 }),
        async (commands) => {
          // One interleaving: every command of the run is in flight at once.
          const statuses = await Promise.all(
            commands.map((c) => runRelationshipCommand(e, members, c)),
          )
          for (const status of statuses) expect(status).toBeLessThan(500)
          await expectRelationshipInvariants(e, members)
          await expectCountersEqualRows(e, members)
        },
      ),
      { numRuns: 10 },
    )
  })
})
