import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

/** Asks the OS for a free port from a child process, since the config must be synchronous. */
function freePort(): string {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()
}

// @NOTE The runner and every worker evaluate this file; the environment carries the runner's
// choice of port and data folder to the workers so they all talk to the same server.
process.env.RAPPORT_E2E_PORT ??= freePort()
process.env.RAPPORT_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'rapport-e2e-'))
process.env.RAPPORT_E2E_SMTP_PORT ??= freePort()
process.env.RAPPORT_E2E_MAIL ??= mkdtempSync(join(tmpdir(), 'rapport-e2e-mail-'))
const port = process.env.RAPPORT_E2E_PORT
const dataDir = process.env.RAPPORT_E2E_DATA
const baseURL = `http://127.0.0.1:${port}`

const browser = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  // Two files at a time: a browser test mostly waits on pages and the server, so two share a
  // 2-core machine nearly twice as fast as one. Tests within a file stay in order.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  // Generous: a slow second on a busy machine is no failure.
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // The operator's spec changes the whole instance (it closes sign-up for a while), so it runs
  // after every other spec rather than beside one.
  projects: [
    { name: 'chromium', testIgnore: 'operator.spec.ts', use: browser },
    { name: 'instance', testMatch: 'operator.spec.ts', dependencies: ['chromium'], use: browser },
  ],
  webServer: {
    // The build must exist (`npm run build`); the server serves web/dist itself.
    command: `node bin/rapport.js serve --port ${port} --data ${dataDir}`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      LOG_LEVEL: 'warn',
      RAPPORT_SIGNUPS_PER_HOUR: '1000',
      RAPPORT_INVITES_PER_WEEK: '1000',
      RAPPORT_SMTP_URL: `smtp://127.0.0.1:${process.env.RAPPORT_E2E_SMTP_PORT}`,
    },
  },
})
