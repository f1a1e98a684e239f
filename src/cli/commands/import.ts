import cliProgress from 'cli-progress'
import { Command } from 'commander'
import type { ServiceContext } from '../../services/context.js'
import {
  type ContactFileKind,
  type ImportProgress,
  type ImportResult,
  importContactsFile,
  importLinkedIn,
  memberForImport,
} from '../../services/imports/index.js'
import { type DatabaseOptions, openRuntime, printResult, withDatabaseOptions } from '../runtime.js'

interface ImportOptions extends DatabaseOptions {
  member: string
  json?: boolean
  progress?: boolean
}

/** A progress bar on stderr (stdout stays one JSON document), shown only on a terminal. */
function progressBar(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY) return { update: undefined, stop: () => {} }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'importing [{bar}] {percentage}% | {file}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update: (p: ImportProgress) => {
      if (!started) {
        bar.start(Math.max(1, p.totalBytes), 0, { file: p.file })
        started = true
      }
      bar.update(p.bytesRead, { file: p.file })
    },
    stop: () => {
      if (started) bar.stop()
    },
  }
}

function readable(r: Pick<ImportResult, 'imported' | 'unchanged' | 'skipped'>): string {
  const added = Object.entries(r.imported)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
  const lines = [
    `Imported ${added.length > 0 ? added.join(', ') : 'nothing new'}; ${r.unchanged} already there; ${r.skipped.length} skipped.`,
    ...r.skipped.map((s) => `  ${s.file}:${s.line} ${s.reason}${s.detail ? ` (${s.detail})` : ''}`),
  ]
  return lines.join('\n')
}

async function run(
  options: ImportOptions,
  work: (
    ctx: ServiceContext,
    owner: string,
    onProgress: ((p: ImportProgress) => void) | undefined,
  ) => Promise<ImportResult>,
) {
  await using runtime = await openRuntime(options)
  const owner = await memberForImport(runtime.ctx, options.member)
  const bar = progressBar(options.progress !== false)
  let result: ImportResult
  try {
    result = await work(runtime.ctx, owner, bar.update)
  } finally {
    bar.stop()
  }
  const { imported, unchanged, skipped } = result
  printResult(options.json, { imported, unchanged, skipped }, readable)
}

function fileCommand(name: string, kind: ContactFileKind, description: string): Command {
  return withDatabaseOptions(new Command(name))
    .description(description)
    .argument('<file>', 'the file to import')
    .requiredOption('--member <email>', 'whose contacts these are (created if unknown)')
    .option('--json', 'print one JSON document')
    .option('--no-progress', 'no progress bar')
    .action(async (file: string, options: ImportOptions) => {
      await run(options, (ctx, owner, onProgress) =>
        importContactsFile(ctx, owner, file, kind, onProgress ? { onProgress } : {}),
      )
    })
}

export function importCommand(): Command {
  const linkedin = withDatabaseOptions(new Command('linkedin'))
    .description('import a LinkedIn data export (its zip or its folder)')
    .argument('<path>', 'the export zip or folder')
    .requiredOption('--member <email>', 'whose export this is (created if unknown)')
    .option('--json', 'print one JSON document')
    .option('--no-progress', 'no progress bar')
    .action(async (path: string, options: ImportOptions) => {
      await run(options, (ctx, owner, onProgress) =>
        importLinkedIn(ctx, owner, path, onProgress ? { onProgress } : {}),
      )
    })
  return new Command('import')
    .description('import contacts and history; idempotent, transactional, with skipped rows listed')
    .addCommand(linkedin)
    .addCommand(fileCommand('vcard', 'vcard', 'import a vCard file (2.1, 3.0 or 4.0)'))
    .addCommand(
      fileCommand('contacts-csv', 'contacts-csv', 'import a Google or Outlook contacts CSV'),
    )
}
