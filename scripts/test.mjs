#!/usr/bin/env node
// `npm test`: every test, on both databases and in a real browser. It first makes sure of what a
// fresh machine lacks (Chromium for the browser tests, a current build), then runs Vitest and
// Playwright and prints one summary line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CHROMIUM = '/usr/bin/chromium'

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

ensurePostgres()
ensureChromium()
if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1)
const reports = mkdtempSync(join(tmpdir(), 'rapport-test-'))
const vitestReport = join(reports, 'vitest.json')
const playwrightReport = join(reports, 'playwright.json')
const unit = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
])
const e2e = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
})
const counts = [vitestCounts(vitestReport), playwrightCounts(playwrightReport)]
rmSync(reports, { recursive: true, force: true })
const passed = counts.reduce((sum, c) => sum + c.passed, 0)
const failed = counts.reduce((sum, c) => sum + c.failed, 0)
console.log(
  `Vitest (PGlite and PostgreSQL): ${counts[0].passed} passed; Playwright (Chromium): ${counts[1].passed} passed.`,
)
console.log(`${passed} passed, ${failed} failed`)
process.exit(unit !== 0 || e2e !== 0 || failed > 0 || passed === 0 ? 1 : 0)

/** Passed and failed tests from Vitest's JSON report (a missing report counts as one failure). */
function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0),
  }
}

/** Passed and failed tests from Playwright's JSON report. */
function playwrightCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 }
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 }
}
