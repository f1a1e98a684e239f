import { resolve } from 'node:path'
import { Command } from 'commander'
import { backupTo, restoreFrom } from '../../services/backup/index.js'
import { openRuntime, printResult, withDatabaseOptions } from '../runtime.js'

interface Options {
  json?: boolean
  data?: string
  databaseUrl?: string
}

/** `backup FILE`: the whole instance, rows and stored files, into one file. */
export function backupCommand(): Command {
  return withDatabaseOptions(new Command('backup'))
    .description('write a consistent backup of the whole instance (rows and stored files)')
    .argument('<file>', 'the backup file to write (gzipped JSON lines)')
    .option('--json', 'print one JSON document')
    .action(async (file: string, options: Options) => {
      await using runtime = await openRuntime(options)
      const summary = await backupTo(runtime.ctx, resolve(file))
      printResult(
        options.json,
        summary,
        (s) => `Backed up ${s.rows} rows and ${s.files} files to ${s.file} (${s.bytes} bytes).`,
      )
    })
}

/** `restore FILE`: into an empty instance only, checked against the backup's manifest. */
export function restoreCommand(): Command {
  return withDatabaseOptions(new Command('restore'))
    .description('restore a backup into an empty instance; scheduled sends start paused')
    .argument('<file>', 'a file written by `rapport backup`')
    .option('--json', 'print one JSON document')
    .action(async (file: string, options: Options) => {
      await using runtime = await openRuntime(options)
      const summary = await restoreFrom(runtime.ctx, resolve(file))
      printResult(
        options.json,
        summary,
        (s) =>
          `Restored ${s.rows} rows and ${s.files} files from the backup of ${s.createdAt}.\n` +
          'Scheduled sends are paused: run `rapport operator resume-sends` when ready.',
      )
    })
}
