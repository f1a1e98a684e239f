import cliProgress from 'cli-progress'
import { Command } from 'commander'
import type { ImportFailure, ImportResult } from '../../contracts/imports.js'
import { isAppError } from '../../errors.js'
import type { ServiceContext } from '../../services/context.js'
import {
  type ContactFileKind,
  checkContactsFile,
  checkLinkedInExport,
  type ImportProgress,
  importCheckedContactsFile,
  importCheckedLinkedIn,
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

function readable(r: ImportResult): string {
  const added = Object.entries(r.imported)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
  const lines = [
    `Imported ${added.length > 0 ? added.join(', ') : 'nothing new'}; ${r.unchanged} already there; ${r.skipped.length} skipped.`,
    ...r.files.map(
      (f) =>
        `  ${f.file} (${f.encoding}): ${f.rows} rows = ${f.imported} imported + ${f.merged} merged + ${f.skipped} skipped`,
    ),
    ...r.skipped.map((s) => `  ${s.file}:${s.line} ${s.reason}${s.detail ? ` (${s.detail})` : ''}`),
  ]
  return lines.join('\n')
}

function failure(error: unknown): ImportFailure {
  if (!isAppError(error)) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message } }
  }
  const errors = error.errors?.map(({ path, message }) => ({ path, message }))
  return {
    ok: false,
    error: { code: error.code, message: error.message, ...(errors ? { errors } : {}) },
  }
}

/**
 * Checks the file (no database yet), then opens the database, finds or creates the member and
 * imports. With `--json` a failure is one JSON document too (ImportFailure), and the exit status
 * is 1 either way; nothing is written when the check fails.
 */
async function run<Checked extends AsyncDisposable>(
  options: ImportOptions,
  check: () => Promise<Checked>,
  work: (
    ctx: ServiceContext,
    owner: string,
    checked: Checked,
    onProgress: ((p: ImportProgress) => void) | undefined,
  ) => Promise<Omit<ImportResult, 'ok'>>,
) {
  try {
    await using checked = await check()
    await using runtime = await openRuntime(options)
    const owner = await memberForImport(runtime.ctx, options.member)
    const bar = progressBar(options.progress !== false)
    let result: Omit<ImportResult, 'ok'>
    try {
      result = await work(runtime.ctx, owner, checked, bar.update)
    } finally {
      bar.stop()
    }
    const { importId, imported, unchanged, skipped, files } = result
    printResult(options.json, { ok: true, importId, imported, unchanged, skipped, files }, readable)
  } catch (error) {
    if (!options.json) throw error
    printResult(true, failure(error), () => '')
    process.exitCode = 1
  }
}

function fileCommand(name: string, kind: ContactFileKind, description: string): Command {
  return withDatabaseOptions(new Command(name))
    .description(description)
    .argument('<file>', 'the file to import')
    .requiredOption('--member <email>', 'whose contacts these are (created if unknown)')
    .option('--json', 'print one JSON document')
    .option('--no-progress', 'no progress bar')
    .action(async (file: string, options: ImportOptions) => {
      await run(
        options,
        () => checkContactsFile(file, kind),
        (ctx, owner, checked, onProgress) =>
          importCheckedContactsFile(ctx, owner, checked, onProgress ? { onProgress } : {}),
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
      await run(
        options,
        () => checkLinkedInExport(path),
        (ctx, owner, checked, onProgress) =>
          importCheckedLinkedIn(ctx, owner, checked, onProgress ? { onProgress } : {}),
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
