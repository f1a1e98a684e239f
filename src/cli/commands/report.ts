import { Command } from 'commander'
import { AppError } from '../../errors.js'
import {
  healthFor,
  pruneSuggestions,
  stayInTouchFor,
  strengthReport,
} from '../../services/insights/index.js'
import { memberIdByEmail } from '../../services/members/index.js'
import { type DatabaseOptions, openRuntime, printResult, withDatabaseOptions } from '../runtime.js'
import { reportLionsCommand, reportPathsCommand } from './report-network.js'

interface ReportOptions extends DatabaseOptions {
  member: string
  json?: boolean
  limit?: string
  cursor?: string
  today?: boolean
}

const basisOf = (options: ReportOptions): 'export' | 'today' =>
  options.today === true ? 'today' : 'export'

/** A page size from the command line, refused unless a whole number from 1 to 200. */
function pageSize(value: string | undefined): number {
  const n = Number(value ?? '20')
  if (!Number.isInteger(n) || n < 1 || n > 200) {
    throw new AppError('validation', '--limit must be a whole number from 1 to 200')
  }
  return n
}

function subcommand(
  name: string,
  description: string,
  action: (options: ReportOptions) => Promise<void>,
): Command {
  return withDatabaseOptions(new Command(name))
    .description(description)
    .requiredOption('--member <email>', 'whose network (a member of this instance)')
    .option('--json', 'print one JSON document')
    .option('--today', "read as of today rather than as of an imported history's own date")
    .action(action)
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`)

export function reportCommand(): Command {
  const health = subcommand('health', "a member's network health", async (options) => {
    await using runtime = await openRuntime(options)
    const owner = await memberIdByEmail(runtime.ctx, options.member)
    const h = await healthFor(runtime.ctx, owner, basisOf(options))
    printResult(options.json, h, (r) =>
      [
        `Read ${r.asOf.label}.`,
        `${r.size} contacts: ${r.byBand.strong} strong, ${r.byBand.medium} medium, ${r.byBand.weak} weak, ${r.byBand.dormant} dormant (${pct(r.dormantShare)} dormant)`,
        `Reciprocity: ${r.reciprocityBalance.label} (you gave ${r.reciprocityBalance.memberGave}, they gave ${r.reciprocityBalance.contactGave})`,
        `Responsiveness: ${pct(r.responsiveness.rate)} answered, ${pct(r.responsiveness.rateWithin48h)} within 48 hours`,
        `Outcomes this year: ${Object.entries(r.outcomesThisYear)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
        `${r.pruneSuggestions} prune suggestions (threshold ${r.pruneThreshold.threshold.toFixed(2)}, learned from ${r.pruneThreshold.learnedFrom} marks); ${r.due} due a word`,
      ].join('\n'),
    )
  })
  const prune = subcommand(
    'prune',
    'contacts worth pruning, clear cases first, with reasons',
    async (options) => {
      await using runtime = await openRuntime(options)
      const owner = await memberIdByEmail(runtime.ctx, options.member)
      const limit = pageSize(options.limit)
      const page = await pruneSuggestions(runtime.ctx, owner, {
        limit,
        cursor: options.cursor,
        asOf: basisOf(options),
      })
      const result = {
        asOf: page.asOf,
        total: page.total,
        clear: page.clear,
        byKind: page.byKind,
        items: page.items.map((i) => ({
          contact: {
            id: i.contact.id,
            name: i.contact.name,
            company: i.contact.company,
            title: i.contact.title,
          },
          reasons: i.reasons,
          kinds: i.kinds,
          score: i.score,
          clear: i.clear,
        })),
        ...(page.next === undefined ? {} : { next: page.next }),
      }
      printResult(options.json, result, (r) => {
        if (r.items.length === 0) return `Read ${r.asOf.label}.\nNothing to prune.`
        const lines = r.items.map(
          (i) => `${i.score.toFixed(2)}  ${i.contact.name} — ${i.reasons.join('; ')}`,
        )
        const more = r.total - r.items.length
        const head = `${r.total} suggestions, ${r.clear} of them clear cases (${Object.entries(
          r.byKind,
        )
          .map(([k, n]) => `${k.replaceAll('_', ' ')} ${n}`)
          .join(', ')})`
        const tail =
          more > 0
            ? [`… and ${more} more${r.next === undefined ? '' : ` (--cursor ${r.next})`}`]
            : []
        return [`Read ${r.asOf.label}.`, head, ...lines, ...tail].join('\n')
      })
    },
  )
  prune
    .option('--limit <n>', 'suggestions per page (1–200)', '20')
    .option('--cursor <cursor>', 'the page after the one that printed this cursor')
  const stay = subcommand(
    'stay-in-touch',
    'who is due a word, by cadence per circle',
    async (options) => {
      await using runtime = await openRuntime(options)
      const owner = await memberIdByEmail(runtime.ctx, options.member)
      const result = await stayInTouchFor(runtime.ctx, owner, 0, basisOf(options))
      printResult(options.json, result, (r) =>
        [
          `Read ${r.asOf.label}.`,
          ...(r.items.length === 0
            ? ['Nobody is due.']
            : r.items.map((i) => `${i.contact.name} — ${i.reason}`)),
        ].join('\n'),
      )
    },
  )
  const strengths = subcommand(
    'strengths',
    'how tie strengths spread, and the largest share of contacts at one value',
    async (options) => {
      await using runtime = await openRuntime(options)
      const owner = await memberIdByEmail(runtime.ctx, options.member)
      const result = await strengthReport(runtime.ctx, owner, basisOf(options))
      printResult(options.json, result, (r) => {
        const share = (d: typeof r.exact) =>
          d.mostCommon === null
            ? 'no contacts'
            : `${pct(d.mostCommon.share)} of contacts at ${d.mostCommon.value} (${d.mostCommon.contacts} of ${d.contacts}), ${d.distinct} distinct values`
        return [
          `Read ${r.asOf.label}.`,
          `Exact (three decimals): ${share(r.exact)}`,
          `By hundredths:          ${share(r.hundredths)}`,
          `By tenths: ${r.exact.deciles.map((n, i) => `${(i / 10).toFixed(1)}+ ${n}`).join(', ')}`,
        ].join('\n')
      })
    },
  )
  return new Command('report')
    .description("relationship intelligence for one member's network")
    .addCommand(health)
    .addCommand(prune)
    .addCommand(stay)
    .addCommand(strengths)
    .addCommand(reportPathsCommand())
    .addCommand(reportLionsCommand())
}
