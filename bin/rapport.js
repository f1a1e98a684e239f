#!/usr/bin/env node
// The published entry point runs the compiled CLI; `npm install` builds it (the `prepare` script).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const entry = new URL('../dist/src/cli/index.js', import.meta.url)
if (!existsSync(fileURLToPath(entry))) {
  console.error('rapport: the build is missing; run `npm run build` (npm install does it) first.')
  process.exitCode = 1
} else {
  await import(entry.href)
}
