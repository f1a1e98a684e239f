import { cpus, loadavg } from 'node:os'

/** The machine a benchmark ran on, and how busy it was before and after. */
export interface MachineLoad {
  cpus: number
  node: string
  /** 1, 5 and 15-minute load averages: above the core count, others were busy. */
  loadAverageBefore: number[]
  loadAverageAfter: number[]
}

function averagesNow(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100)
}

/**
 * Notes the load average now; the function it returns notes it again at the end of the run, so
 * every benchmark says how quiet the machine was while it measured.
 */
export function watchMachineLoad(): () => MachineLoad {
  const loadAverageBefore = averagesNow()
  return () => ({
    cpus: cpus().length,
    node: process.version,
    loadAverageBefore,
    loadAverageAfter: averagesNow(),
  })
}

/** One line for a readable report: cores, the load averages before and after, Node. */
export function describeMachineLoad(m: MachineLoad): string {
  return `${m.cpus} cores, load average ${m.loadAverageBefore.join(' ')} before, ${m.loadAverageAfter.join(' ')} after, Node ${m.node}`
}
