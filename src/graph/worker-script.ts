import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

/**
 * What to pass to `new Worker(script, { eval })` to run the module at `moduleUrl`. Compiled
 * `.js` modules run as they are; a `.ts` source (tests, `tsx`) first registers tsx's loader
 * inside the worker, because Node 20 does not honour `--import` in a worker's `execArgv`.
 *
 * @example
 * const { script, eval: isEval } = workerScript(new URL('./triangle-worker.js', import.meta.url))
 * new Worker(script, { eval: isEval, workerData })
 */
export function workerScript(moduleUrl: URL): { script: URL | string; eval: boolean } {
  if (!moduleUrl.pathname.endsWith('.ts')) return { script: moduleUrl, eval: false }
  // @NOTE the ESM build of tsx's API; its `require` entry cannot be imported from a worker.
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json')
  const api = new URL('./dist/esm/api/index.mjs', pathToFileURL(manifest)).href
  const script = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(moduleUrl.href)}) })`
  return { script, eval: true }
}

/**
 * The URL of a sibling module, as `.ts` when the caller itself runs from TypeScript sources.
 *
 * @example
 * siblingModule(import.meta.url, 'triangle-worker') // …/triangle-worker.js once compiled
 */
export function siblingModule(callerUrl: string, name: string): URL {
  const extension = callerUrl.endsWith('.ts') ? '.ts' : '.js'
  return new URL(`./${name}${extension}`, callerUrl)
}
