import { Command } from 'commander'
import { loadDemoCommunity } from '../../services/demo/index.js'
import { openRuntime, printResult, withDatabaseOptions } from '../runtime.js'

export function demoCommand(): Command {
  return withDatabaseOptions(new Command('demo'))
    .description('fill an empty database with a realistic generated community')
    .option('--members <n>', 'how many members', '2000')
    .option('--seed <s>', 'the seed; the same seed gives the same community', '1')
    .option('--json', 'print one JSON document')
    .action(
      async (options: {
        members: string
        seed: string
        json?: boolean
        data?: string
        databaseUrl?: string
      }) => {
        const members = Number(options.members)
        const seed = Number(options.seed)
        if (!Number.isInteger(members) || members < 1 || !Number.isInteger(seed)) {
          throw new Error('--members must be a positive whole number and --seed a whole number')
        }
        await using runtime = await openRuntime(options)
        const result = await loadDemoCommunity(runtime.ctx, { members, seed })
        printResult(
          options.json,
          result,
          (r) =>
            `Loaded ${r.members} members in ${r.companies} companies, ${r.connections} connections and ${r.invitations} invitations.\nLog in as ${r.login.email} / ${r.login.password}`,
        )
      },
    )
}
