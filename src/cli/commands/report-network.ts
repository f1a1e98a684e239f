import { Command } from 'commander'
import { AppError } from '../../errors.js'
import { memberIdByEmail } from '../../services/members/index.js'
import { pathsToCompany, pathsToMember } from '../../services/network/index.js'
import { scanOpenNetworkers } from '../../services/operator/index.js'
import { type DatabaseOptions, openRuntime, printResult, withDatabaseOptions } from '../runtime.js'

interface PathsOptions extends DatabaseOptions {
  member: string
  to?: string
  company?: string
  k: string
  json?: boolean
}

/** `report paths`: the warm paths from one member to another member or to a company. */
export function reportPathsCommand(): Command {
  return withDatabaseOptions(new Command('paths'))
    .description('warm paths (at most three hops) from a member to a person or a company')
    .requiredOption('--member <email>', 'whose network')
    .option('--to <email>', 'the member to reach')
    .option('--company <name>', 'or anyone currently at this company')
    .option('--k <n>', 'how many paths', '5')
    .option('--json', 'print one JSON document')
    .action(async (options: PathsOptions) => {
      if ((options.to === undefined) === (options.company === undefined)) {
        throw new AppError('validation', 'Give exactly one of --to or --company')
      }
      const k = Number(options.k)
      if (!Number.isInteger(k) || k < 1 || k > 20)
        throw new AppError('validation', '--k must be 1 to 20')
      await using runtime = await openRuntime(options)
      const { ctx } = runtime
      const viewer = await memberIdByEmail(ctx, options.member)
      let result: Awaited<ReturnType<typeof pathsToMember>>
      if (options.to !== undefined) {
        const target = await memberIdByEmail(ctx, options.to)
        result = await pathsToMember(ctx, viewer, target, k)
      } else {
        result = await pathsToCompany(ctx, viewer, options.company ?? '', k)
      }
      printResult(options.json, result, (r) =>
        r.paths.length === 0
          ? 'No warm path within three hops.'
          : r.paths
              .map((p) => {
                const via = p.viaMembers.map((m) => m.name).join(' → ')
                const route = via === '' ? 'directly' : `via ${via}`
                const tie = p.strength === null ? 'not scored yet' : p.strength.toFixed(2)
                return `${p.target.name}: ${route} (your first tie ${tie})`
              })
              .join('\n'),
      )
    })
}

/** `report lions`: the community's likely open networkers, from a fresh scan. */
export function reportLionsCommand(): Command {
  return withDatabaseOptions(new Command('lions'))
    .description("the community's likely open networkers, with scores and reasons")
    .option('--json', 'print one JSON document')
    .action(async (options: DatabaseOptions & { json?: boolean }) => {
      await using runtime = await openRuntime(options)
      const flagged = (await scanOpenNetworkers(runtime.ctx)).map(({ member, ...label }) => ({
        id: member.id,
        name: member.name,
        ...label,
      }))
      printResult(options.json, { flagged }, (r) =>
        r.flagged.length === 0
          ? 'No likely open networkers.'
          : r.flagged
              .map(
                (f) =>
                  `${f.score.toFixed(2)}  ${f.name} (${f.degree} ties) — ${f.reasons.join('; ')}`,
              )
              .join('\n'),
      )
    })
}
