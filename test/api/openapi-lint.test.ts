import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { projectPath } from '../../src/paths.js'
import { createTestEnv, type TestEnv } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'

const run = promisify(execFile)

interface LintReport {
  totals: { errors: number; warnings: number }
  problems: Array<{ ruleId: string; message: string; location: Array<{ pointer?: string }> }>
}

// The document does not depend on the database, so one app on the first database of the run is
// enough.
let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv(selectedVariants()[0] ?? 'pglite')
})
afterAll(async () => {
  await env.app.close()
  await env.database.close()
})

it('passes `redocly lint` with the recommended rules, without an error or a warning', async () => {
  const response = await env.app.inject({ method: 'GET', url: '/api/openapi.json' })
  const folder = await mkdtemp(join(tmpdir(), 'rapport-openapi-'))
  try {
    const file = join(folder, 'openapi.json')
    await writeFile(file, response.body)
    const cli = projectPath('node_modules', '@redocly', 'cli', 'bin', 'cli.js')
    const config = projectPath('redocly.yaml')
    const { stdout } = await run(
      process.execPath,
      [cli, 'lint', file, '--config', config, '--format', 'json'],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }))
    const report = JSON.parse(stdout) as LintReport
    const problems = report.problems.map(
      (p) => `${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`,
    )
    expect(problems).toEqual([])
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
