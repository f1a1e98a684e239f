import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/setup/cli.js'
import { graphCommand } from './graph.js'

const karate = fileURLToPath(
  new URL('../../../../shared/testdata/graphs/karate-club.txt', import.meta.url),
)

async function run(...args: string[]): Promise<{ out: string; err: string; code: unknown }> {
  const { out, err } = await runCommand(graphCommand(), args)
  const code = process.exitCode
  process.exitCode = 0
  return { out, err, code }
}

afterEach(() => {
  process.exitCode = 0
})

describe('rapport graph', () => {
  it('stats --json prints one document with the known karate-club facts', async () => {
    if (!existsSync(karate))
      throw new Error(`${karate} is missing: shared/testdata must sit beside the repository`)
    const { out, err } = await run('stats', '--edges', karate, '--json')
    const doc = JSON.parse(out) as Record<string, number>
    expect(doc).toMatchObject({ nodes: 34, edges: 78, triangles: 45, components: 1, maxDegree: 17 })
    expect(doc.averageClustering).toBeCloseTo(0.5706, 4)
    expect(err).toContain('header "nd nw" skipped')
  })

  it('path --json lists paths best first with ids, and nothing beyond the hop limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-cli-'))
    const file = join(dir, 'ties.txt')
    writeFileSync(file, 'ann bo 0.9\nbo cy 0.9\nann dee 0.5\ndee cy 0.5\ncy eve 1\neve fay 1\n')
    const { out } = await run('path', '--edges', file, '--from', 'ann', '--to', 'cy', '--json')
    const doc = JSON.parse(out) as { paths: { nodes: string[]; hops: number; strength: number }[] }
    expect(doc.paths.map((p) => p.nodes)).toEqual([
      ['ann', 'bo', 'cy'],
      ['ann', 'dee', 'cy'],
    ])
    expect(doc.paths[0]!.strength).toBeCloseTo(0.81, 6)
    const far = await run('path', '--edges', file, '--from', 'ann', '--to', 'fay', '--json')
    expect(JSON.parse(far.out)).toEqual({ paths: [] })
  })

  it('names the file and line of a malformed row and sets a failing exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-cli-'))
    const file = join(dir, 'bad.txt')
    writeFileSync(file, '1 2\n2 3\nonly-one\n')
    const bad = await run('stats', '--edges', file, '--json')
    expect(bad.code).toBe(1)
    expect(bad.out).toBe('')
    expect(bad.err).toContain(`${file}: line 3`)
    const missing = await run('lions', '--edges', join(dir, 'absent.txt'))
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('absent.txt')
  })
})
