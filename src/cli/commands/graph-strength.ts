import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { Command } from 'commander'
import { AppError, isAppError } from '../../errors.js'
import { type TemporalEvent, TemporalEventAccumulator } from '../../graph/temporal-events.js'
import { strengthsAt } from '../../graph/temporal-strength.js'

interface StrengthOptions {
  events?: string
  at?: string
  json?: boolean
}

/** Streams a SNAP temporal file through the pure parser; errors name the file and the line. */
export async function loadTemporalFile(path: string): Promise<TemporalEvent[]> {
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('validation', `${path} is not a file`)
  } catch (error) {
    if (isAppError(error)) throw error
    throw new AppError('not_found', `cannot read the events file ${path}: it does not exist`)
  }
  const acc = new TemporalEventAccumulator()
  const lines = createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })
  try {
    for await (const line of lines) acc.push(line)
  } catch (error) {
    if (isAppError(error)) throw new AppError(error.code, `${path}: ${error.message}`, error)
    throw error
  }
  process.stderr.write(
    `read ${path}: ${acc.events.length.toLocaleString('en-US')} interactions` +
      (acc.header === null ? '' : `, header "${acc.header}" skipped`) +
      (acc.selfLoops > 0 ? `, ${acc.selfLoops} self-interactions ignored` : '') +
      '\n',
  )
  return acc.events
}

/** `--at` as Unix seconds, or an ISO 8601 date for convenience. */
function parseAt(value: string | undefined): number {
  if (value === undefined) throw new AppError('validation', '--at T (Unix seconds) is required')
  if (/^\d+$/.test(value)) {
    const n = Number(value)
    if (Number.isSafeInteger(n)) return n
  }
  const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(ms)) {
    throw new AppError(
      'validation',
      `--at must be Unix seconds or an ISO 8601 date, not "${value}"`,
    )
  }
  return Math.floor(ms / 1000)
}

/**
 * `rapport graph strength --events FILE --at T`: the app's tie-strength model on a timestamped
 * interaction list, using only what happened before T.
 */
export function strengthCommand(): Command {
  return new Command('strength')
    .description('tie strengths at a moment from a temporal interaction list (u v t per line)')
    .option('--events <file>', 'SNAP temporal file: u v t per line, t in Unix seconds')
    .option(
      '--at <time>',
      'the moment: Unix seconds (or an ISO 8601 date); later lines are ignored',
    )
    .option('--json', 'print one JSON document on stdout')
    .action(async (options: StrengthOptions) => {
      try {
        if (options.events === undefined) {
          throw new AppError('validation', '--events FILE is required')
        }
        const at = parseAt(options.at)
        const events = await loadTemporalFile(options.events)
        const ties = strengthsAt(events, at).map(({ from, to, strength }) => ({
          from,
          to,
          strength,
        }))
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ at, ties })}\n`)
          return
        }
        const when = new Date(at * 1000).toISOString()
        const lines = [...ties]
          .sort((a, b) => b.strength - a.strength)
          .map((t) => `${t.from}\t${t.to}\t${t.strength.toFixed(4)}`)
        process.stdout.write(
          `${ties.length.toLocaleString('en-US')} ties as of ${when}, strongest first\n${lines.join('\n')}\n`,
        )
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        process.stderr.write(`rapport graph strength: ${message}\n`)
        process.exitCode = 1
      }
    })
}
