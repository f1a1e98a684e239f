import { isDeepStrictEqual } from 'node:util'

const PREFIX = '#/components/schemas/'
// @NOTE fastify-type-provider-zod names the request-side form of a component `<id>Input`.
const INPUT = 'Input'

export interface OpenApiDocument {
  components?: { schemas?: Record<string, unknown> }
  [key: string]: unknown
}

/**
 * The components a client needs, and each once: every registered shape is emitted both as the
 * answer form (`X`) and the request form (`XInput`), so the forms no operation reaches are
 * dropped, and a request form identical to its answer form gives way to it.
 */
export function compactComponents<D extends OpenApiDocument>(document: D): D {
  let compacted = withoutUnreferenced(document)
  for (;;) {
    const schemas = compacted.components?.schemas ?? {}
    const twins = Object.keys(schemas).filter((name) => {
      const answer = name.slice(0, -INPUT.length)
      return (
        name.endsWith(INPUT) &&
        answer in schemas &&
        isDeepStrictEqual(schemas[name], schemas[answer])
      )
    })
    if (twins.length === 0) return compacted
    const merged = new Map(twins.map((name) => [name, name.slice(0, -INPUT.length)]))
    compacted = withoutUnreferenced(mapRefs(compacted, (name) => merged.get(name) ?? name))
  }
}

/** Drops the schemas no operation reaches, directly or through other schemas. */
function withoutUnreferenced<D extends OpenApiDocument>(document: D): D {
  const schemas = document.components?.schemas ?? {}
  const { schemas: _, ...otherComponents } = document.components ?? {}
  const reached = new Set<string>()
  const pending = referencedNames({ ...document, components: otherComponents })
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue
    reached.add(name)
    pending.push(...referencedNames(schemas[name]))
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)))
  return { ...document, components: { ...document.components, schemas: kept } }
}

function referencedNames(value: unknown): string[] {
  const names: string[] = []
  mapRefs(value, (name) => {
    names.push(name)
    return name
  })
  return names
}

/** A copy of `value` with every `$ref` to a schema component renamed by `rename`. */
function mapRefs<T>(value: T, rename: (name: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, rename)) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      key === '$ref' && typeof child === 'string' && child.startsWith(PREFIX)
        ? [key, PREFIX + rename(child.slice(PREFIX.length))]
        : [key, mapRefs(child, rename)],
    ),
  ) as T
}
