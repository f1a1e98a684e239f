#!/usr/bin/env node
// `npm test`: every test, on both databases and in a real browser. It first makes sure of what a
// fresh machine lacks (Chromium for the browser tests, a current build), then runs Vitest and
// Playwright and prints one summary line.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

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
const unit = run('npx', ['vitest', 'run'])
const e2e = run('npx', ['playwright', 'test'])
const failed = [unit !== 0 && 'vitest', e2e !== 0 && 'playwright'].filter(Boolean)
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`)
  process.exit(1)
}
console.log('All test suites passed (Vitest on PGlite and PostgreSQL, Playwright in Chromium).')
