import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | null = null

/**
 * The folder holding Rapport's package.json, found by walking up from this module, so that the same code
 * finds migrations and the built UI whether it runs from `src/` (tests, tsx) or from `dist/src/`.
 */
export function projectRoot(): string {
  if (cached !== null) return cached
  let dir = dirname(fileURLToPath(import.meta.url))
  while (
    !existsSync(join(dir, 'package.json')) ||
    !existsSync(join(dir, 'src', 'db', 'migrations'))
  ) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('Cannot find the Rapport project root')
    dir = parent
  }
  cached = dir
  return dir
}

export function projectPath(...parts: string[]): string {
  return join(projectRoot(), ...parts)
}
