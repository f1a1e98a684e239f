import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * The folders of src/ each layer may import from, besides itself and the shared modules at the
 * root of src/ (config, errors, ids, logger, paths, collections), which import no folder at all.
 * Every folder is listed: one that is not fails the check, so a new layer must be placed here.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  graph: ['domain'],
  imports: ['domain'],
  contracts: ['domain'],
  db: ['domain'],
  mail: [],
  jobs: ['db'],
  announcements: ['db'],
  services: [
    'db',
    'domain',
    'graph',
    'imports',
    'contracts',
    'mail',
    'jobs',
    'announcements',
    'demo',
  ],
  demo: ['domain', 'contracts'],
  api: ['services', 'contracts', 'domain'],
  cli: ['api', 'services', 'contracts', 'domain', 'graph'],
}

const SPECIFIER = /(?:from\s+|import\s*\(\s*)['"](\.\.?\/[^'"]+)['"]/g

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) {
      if (entry !== 'migrations') yield* sourceFiles(path)
    } else if (path.endsWith('.ts')) yield path
  }
}

/** Where a module sits: its layer (top folder, or '' at the root) and, in services, its capability. */
function placeOf(parts: string[]): { layer: string; capability: string | null; file: string } {
  const isRoot = parts.length === 1
  return {
    layer: isRoot ? '' : (parts[0] ?? ''),
    capability: parts[0] === 'services' && parts.length > 2 ? (parts[1] ?? null) : null,
    file: parts.at(-1) ?? '',
  }
}

/** Why an import from `from` to `to` (paths inside src/, split) breaks the house rules, or null. */
function ruleBroken(from: string[], to: string[]): string | null {
  const source = placeOf(from)
  const target = placeOf(to)
  if (source.layer === '') {
    return target.layer === '' ? null : 'shared root modules import no layer'
  }
  const allowed = ALLOWED[source.layer]
  if (allowed === undefined) return `layer ${source.layer} is not in the layer table`
  if (target.layer !== '' && target.layer !== source.layer && !allowed.includes(target.layer)) {
    return `${source.layer} may not import ${target.layer}`
  }
  // Capabilities call each other, and are called from outside, only through their index.ts.
  const crossesCapability = target.capability !== null && target.capability !== source.capability
  if (crossesCapability && target.file !== 'index.ts') {
    return `services/${target.capability} is reached through its index.ts`
  }
  return null
}

/** Every import that crosses a layer boundary the wrong way, as `file: imports target (why)`. */
export function layerViolations(srcDir: string): string[] {
  const violations: string[] = []
  for (const file of sourceFiles(srcDir)) {
    if (file.endsWith('.test.ts')) continue
    const from = relative(srcDir, file).split(/[\\/]/)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match[1] ?? ''
      const to = relative(srcDir, join(file, '..', spec.replace(/\.js$/, '.ts'))).split(/[\\/]/)
      if (to[0] === '..') continue
      const why = ruleBroken(from, to)
      if (why !== null) violations.push(`${from.join('/')}: imports ${spec} (${why})`)
    }
  }
  return violations
}
