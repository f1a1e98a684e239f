#!/usr/bin/env node
import { Command } from 'commander'
import { isAppError } from '../errors.js'
import { backupCommand, restoreCommand } from './commands/backup.js'
import { benchCommand } from './commands/bench.js'
import { demoCommand } from './commands/demo.js'
import { graphCommand } from './commands/graph.js'
import { importCommand } from './commands/import.js'
import { operatorCommand } from './commands/operator.js'
import { reportCommand } from './commands/report.js'
import { serveCommand } from './commands/serve.js'

const program = new Command('rapport')
  .description('Rapport: a professional network built on relationships')
  .showHelpAfterError()
program.addCommand(serveCommand())
program.addCommand(demoCommand())
program.addCommand(importCommand())
program.addCommand(reportCommand())
program.addCommand(operatorCommand())
program.addCommand(graphCommand())
program.addCommand(benchCommand())
program.addCommand(backupCommand())
program.addCommand(restoreCommand())

try {
  await program.parseAsync(process.argv)
} catch (error) {
  const message = isAppError(error) || error instanceof Error ? error.message : String(error)
  process.stderr.write(`rapport: ${message}\n`)
  process.exitCode = 1
}
