import { Command } from 'commander'
import { benchApiCommand } from './bench-api.js'
import { benchGraphCommand } from './bench-graph.js'
import { benchImportCommand } from './bench-import.js'

/** `rapport bench graph|import|api`: each prints ours and the reference side by side from one run. */
export function benchCommand(): Command {
  return new Command('bench')
    .description('benchmarks, ours next to the reference, from one run')
    .addCommand(benchGraphCommand())
    .addCommand(benchImportCommand())
    .addCommand(benchApiCommand())
}
