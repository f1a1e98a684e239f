import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Which folders of src/ each layer may not import from (see docs/architecture.md). */
export const FORBIDDEN: Record<string, string[]> = {
  domain: ['db', 'api', 'services', 'cli', 'imports', 'mail', 'graph'],
  graph: ['db', 'api', 'services', 'cli', 'imports', 'mail'],
  db: ['api', 'services', 'cli'],
  contracts: ['db', 'api', 'services', 'cli', 'imports', 'mail', 'graph'],
  services: ['api', 'cli'],
  imports: ['db', 'api', 'services', 'cli'],
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) yield* sourceFiles(path)
    else if (path.endsWith('.ts')) yield path
  }
}

/** Every import that crosses a layer boundary the wrong way, as `file: imports target`. */
export function layerViolations(srcDir: string): string[] {
  const violations: string[] = []
  for (const file of sourceFiles(srcDir)) {
    const layer = relative(srcDir, file).split(/[\\/]/)[0] ?? ''
    const forbidden = FORBIDDEN[layer]
    if (forbidden === undefined) continue
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/from\s+'(\.\.?\/[^']+)'/g)) {
      const [target = ''] = relative(srcDir, join(file, '..', match[1] ?? '')).split(/[\\/]/)
      if (forbidden.includes(target))
        violations.push(`${relative(srcDir, file)}: imports ${match[1]}`)
    }
  }
  return violations
}
