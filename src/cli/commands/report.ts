import { Command } from 'commander'
import { healthFor, pruneSuggestions, stayInTouchFor } from '../../services/insights/index.js'
import { memberIdByEmail } from '../../services/members/index.js'
import { type DatabaseOptions, openRuntime, printResult, withDatabaseOptions } from '../runtime.js'
import { reportLionsCommand, reportPathsCommand } from './report-network.js'

interface ReportOptions extends DatabaseOptions {
  member: string
  json?: boolean
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
    .action(action)
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`)

export function reportCommand(): Command {
  const health = subcommand('health', "a member's network health", async (options) => {
    await using runtime = await openRuntime(options)
    const owner = await memberIdByEmail(runtime.ctx, options.member)
    const h = await healthFor(runtime.ctx, owner)
    printResult(options.json, h, (r) =>
      [
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
  const prune = subcommand('prune', 'contacts worth pruning, with reasons', async (options) => {
    await using runtime = await openRuntime(options)
    const owner = await memberIdByEmail(runtime.ctx, options.member)
    const { items } = await pruneSuggestions(runtime.ctx, owner)
    const result = {
      items: items.map((i) => ({
        contact: {
          id: i.contact.id,
          name: i.contact.name,
          company: i.contact.company,
          title: i.contact.title,
        },
        reasons: i.reasons,
        score: i.score,
      })),
    }
    printResult(options.json, result, (r) =>
      r.items.length === 0
        ? 'Nothing to prune.'
        : r.items
            .map((i) => `${i.score.toFixed(2)}  ${i.contact.name} — ${i.reasons.join('; ')}`)
            .join('\n'),
    )
  })
  const stay = subcommand(
    'stay-in-touch',
    'who is due a word, by cadence per circle',
    async (options) => {
      await using runtime = await openRuntime(options)
      const owner = await memberIdByEmail(runtime.ctx, options.member)
      const result = await stayInTouchFor(runtime.ctx, owner, 0)
      printResult(options.json, result, (r) =>
        r.items.length === 0
          ? 'Nobody is due.'
          : r.items.map((i) => `${i.contact.name} — ${i.reason}`).join('\n'),
      )
    },
  )
  return new Command('report')
    .description("relationship intelligence for one member's network")
    .addCommand(health)
    .addCommand(prune)
    .addCommand(stay)
    .addCommand(reportPathsCommand())
    .addCommand(reportLionsCommand())
}
