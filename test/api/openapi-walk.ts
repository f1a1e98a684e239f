/** The parts of a served OpenAPI 3.1 document that the walking tests read. */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  format?: string
  pattern?: string
  enum?: unknown[]
  const?: unknown
  properties?: Record<string, JsonSchema>
  additionalProperties?: JsonSchema | boolean
  items?: JsonSchema
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  allOf?: JsonSchema[]
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  required?: string[]
}

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[]
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, JsonSchema> }
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** The OpenAPI path, `/api/contacts/{id}`. */
  path: string
  pathParams: string[]
  queryParams: string[]
  /** Query parameters the route cannot do without. */
  requiredQuery: string[]
  /** The JSON body's schema, when the route takes a JSON body. */
  body: JsonSchema | null
}

/** Every route of the document, with its parameters and JSON body. */
export function routesOf(document: OpenApiDocument): Route[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? []
      const named = (where: string) => parameters.filter((p) => p.in === where).map((p) => p.name)
      return {
        method: method.toUpperCase() as Route['method'],
        path,
        pathParams: named('path'),
        queryParams: named('query'),
        requiredQuery: parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      }
    }),
  )
}

/**
 * A request URL for a route: `value(name)` for each path parameter and each required query
 * parameter the given query leaves out, and the given query.
 */
export function urlOf(
  route: Route,
  value: (name: string) => string,
  query: Record<string, string> = {},
): string {
  const path = route.pathParams.reduce(
    (url, name) => url.replace(`{${name}}`, encodeURIComponent(value(name))),
    route.path,
  )
  const required = route.requiredQuery.filter((name) => !(name in query))
  const full = { ...Object.fromEntries(required.map((name) => [name, value(name)])), ...query }
  const search = new URLSearchParams(full).toString()
  return search === '' ? path : `${path}?${search}`
}

/** A place in a JSON body: a value at `path`, or (for a record) a key of the object at `path`. */
export interface BodyPlace {
  path: string[]
  kind: 'string' | 'key'
  schema: JsonSchema
}

/**
 * A body with a value for every property the schema names (the first branch of a union, unless a
 * place inside another branch is asked for), and the places in it where a string goes.
 */
export function sampleBodies(
  document: OpenApiDocument,
  schema: JsonSchema,
): { body: unknown; places: BodyPlace[] }[] {
  const resolve = (s: JsonSchema): JsonSchema => {
    if (s.$ref === undefined) return s
    const name = s.$ref.replace('#/components/schemas/', '')
    const target = document.components?.schemas?.[name]
    if (target === undefined) throw new Error(`unresolved ${s.$ref}`)
    return resolve(target)
  }
  // Each union branch gives its own sample, so that the strings of every branch are reached.
  const samples = (s: JsonSchema, path: string[]): { value: unknown; places: BodyPlace[] }[] => {
    const r = resolve(s)
    const branches = r.oneOf ?? r.anyOf
    if (branches !== undefined) return branches.flatMap((b) => samples(b, path))
    if (r.allOf !== undefined) return samples({ ...r, allOf: undefined, ...r.allOf[0] }, path)
    if (r.const !== undefined) return [{ value: r.const, places: [] }]
    if (r.enum !== undefined) return [{ value: r.enum[0], places: placesOfString(r, path) }]
    const type = Array.isArray(r.type) ? r.type.find((t) => t !== 'null') : r.type
    if (type === 'string') return [{ value: stringSample(r), places: placesOfString(r, path) }]
    if (type === 'integer' || type === 'number') return [{ value: r.minimum ?? 1, places: [] }]
    if (type === 'boolean') return [{ value: false, places: [] }]
    if (type === 'array' && r.items !== undefined) {
      return samples(r.items, [...path, '0']).map((item) => ({
        value: [item.value],
        places: item.places,
      }))
    }
    if (type === 'object' || r.properties !== undefined) return objectSamples(r, path)
    return [{ value: null, places: [] }]
  }
  const objectSamples = (r: JsonSchema, path: string[]) => {
    let combined: { value: Record<string, unknown>; places: BodyPlace[] }[] = [
      { value: {}, places: [] },
    ]
    const fields = Object.entries(r.properties ?? {})
    if (typeof r.additionalProperties === 'object') fields.push(['k', r.additionalProperties])
    for (const [name, field] of fields) {
      const options = samples(field, [...path, name])
      const [first] = options
      if (first === undefined) continue
      // The first sample of a field joins every sample so far; its other samples join the first.
      const withFirst = combined.map((c) => ({
        value: { ...c.value, [name]: first.value },
        places: [...c.places, ...first.places],
      }))
      const base = combined[0] ?? { value: {}, places: [] }
      const withOthers = options.slice(1).map((o) => ({
        value: { ...base.value, [name]: o.value },
        places: [...o.places],
      }))
      combined = [...withFirst, ...withOthers]
    }
    if (typeof r.additionalProperties === 'object') {
      for (const c of combined) c.places.push({ path, kind: 'key', schema: r })
    }
    return combined
  }
  return samples(schema, []).map((s) => ({ body: s.value, places: s.places }))
}

function placesOfString(schema: JsonSchema, path: string[]): BodyPlace[] {
  return [{ path, kind: 'string', schema }]
}

function stringSample(schema: JsonSchema): string {
  if (schema.format === 'email') return 'someone@example.org'
  if (schema.format === 'date-time') return '2026-01-02T03:04:05Z'
  if (schema.pattern !== undefined) {
    const pattern = new RegExp(schema.pattern)
    return ['2020', '2020-03-14', 'x'].find((c) => pattern.test(c)) ?? 'x'
  }
  return 'x'
}

/** A copy of `body` with `value` at `place` (for a key place: as a key of that object). */
export function withValueAt(body: unknown, place: BodyPlace, value: string): unknown {
  const copy: unknown = structuredClone(body)
  const steps = place.kind === 'key' ? [...place.path, value] : place.path
  const last = steps.at(-1)
  if (last === undefined) return value
  const parent = steps
    .slice(0, -1)
    .reduce<unknown>((node, step) => (node as Record<string, unknown>)[step], copy)
  ;(parent as Record<string, unknown>)[last] = place.kind === 'key' ? 1 : value
  return copy
}
