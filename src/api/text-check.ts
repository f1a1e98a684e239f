import type { FastifyInstance } from 'fastify'
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../contracts/common.js'
import { AppError } from '../errors.js'

/**
 * The path (`positions.0.title`) of a string in a parsed request part that PostgreSQL could not
 * store, or null when there is none. A bad object key is reported at the object that holds it. The walk
 * keeps its own stack, so no nesting depth a body can reach overflows the call stack.
 */
export function unstorableTextPath(value: unknown): string | null {
  const pending: [unknown, string[]][] = [[value, []]]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, path] = next
    if (typeof item === 'string') {
      if (!isStorableText(item)) return path.join('.')
    } else if (Array.isArray(item)) {
      for (const [i, element] of item.entries()) pending.push([element, [...path, String(i)]])
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (!isStorableText(key)) return path.join('.')
        pending.push([child, [...path, key]])
      }
    }
  }
  return null
}

const PARTS = [
  ['params', 'params'],
  ['querystring', 'query'],
  ['body', 'body'],
] as const

/**
 * Refuses, before any route's own validation, a request with text the database cannot store in
 * its path parameters, query string or body: one check that no route can leave out.
 */
export function registerTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [context, part] of PARTS) {
      const path = unstorableTextPath(request[part])
      if (path !== null) {
        throw new AppError('validation', `The ${context} is not valid`, {
          errors: [{ path: path === '' ? context : path, message: UNSTORABLE_TEXT_MESSAGE }],
        })
      }
    }
  })
}
