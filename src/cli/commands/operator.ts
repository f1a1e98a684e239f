import { Command } from 'commander'
import { resumeSends } from '../../services/backup/index.js'
import { grantOperator, revokeOperator } from '../../services/operator/index.js'
import { openRuntime, printResult, withDatabaseOptions } from '../runtime.js'

/** `operator grant EMAIL`: the instance's operators are named from its shell. */
export function operatorCommand(): Command {
  const grant = withDatabaseOptions(new Command('grant'))
    .description('make a member an operator of this instance')
    .argument('<email>', "the member's e-mail")
    .option('--json', 'print one JSON document')
    .action(
      async (email: string, options: { json?: boolean; data?: string; databaseUrl?: string }) => {
        await using runtime = await openRuntime(options)
        const id = await grantOperator(runtime.ctx, email)
        printResult(options.json, { id, role: 'operator' }, () => `${email} is now an operator.`)
      },
    )
  const resume = withDatabaseOptions(new Command('resume-sends'))
    .description('let scheduled sends go again after a restore (newsletters, queued mail)')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean; data?: string; databaseUrl?: string }) => {
      await using runtime = await openRuntime(options)
      const hold = await resumeSends(runtime.ctx, null)
      printResult(options.json, hold, () => 'Scheduled sends are running again.')
    })
  const revoke = withDatabaseOptions(new Command('revoke'))
    .description('make an operator an ordinary member again')
    .argument('<email>', "the member's e-mail")
    .option('--json', 'print one JSON document')
    .action(
      async (email: string, options: { json?: boolean; data?: string; databaseUrl?: string }) => {
        await using runtime = await openRuntime(options)
        const id = await revokeOperator(runtime.ctx, email)
        printResult(
          options.json,
          { id, role: 'member' },
          () => `${email} is no longer an operator.`,
        )
      },
    )
  return new Command('operator')
    .description('run the instance: operators')
    .addCommand(grant)
    .addCommand(revoke)
    .addCommand(resume)
}
