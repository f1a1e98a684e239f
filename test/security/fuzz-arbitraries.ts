import fc from 'fast-check'
import type { JsonSchema, OpenApiDocument } from '../api/openapi-walk.js'

/** Strings an attacker tries first: injections, traversal, templates, formulas, control bytes. */
const nastyStrings = [
  "' or 1=1 --",
  '"; drop table members; --',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  '<script>alert(1)</script>',
  '$' + '{7*7}{{7*7}}',
  '=HYPERLINK("http://evil.example")',
  'a\u0000b',
  '\ud83d',
  '\u202etxt.exe',
  '😀'.repeat(500),
  'x'.repeat(100_000),
  '',
  ' ',
]

const nastyString = fc.oneof(
  fc.constantFrom(...nastyStrings),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

/** Nested arrays deeper than any schema goes. */
const deeplyNested = fc.integer({ min: 100, max: 3_000 }).map((depth) => {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i++) value = [value]
  return value
})

/** Any JSON value, the strange ones included. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER * 16, -0, 1e308, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  deeplyNested,
)

/** Request bodies that are not JSON a schema could accept, as raw text with their content type. */
export const malformedPayload = fc
  .oneof(
    fc.constantFrom(
      '{',
      '{"a":',
      '[1,2',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      'null',
      '"just a string"',
      '\u0000',
      `{"x":"${'y'.repeat(2_000_000)}"}`,
    ),
    fc.string({ maxLength: 60 }),
  )
  .chain((payload) =>
    fc.record({
      payload: fc.constant(payload),
      contentType: fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
      ),
    }),
  )

/** A value for a path or query parameter: ids that exist, ids that do not, and worse. */
export function parameterValue(knownIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...knownIds),
    fc.uuid(),
    fc.constantFrom('-1', '0', '1e309', 'NaN', '99999999999999999999', 'true', '[]', 'null'),
    // Past the router's limit on a path parameter (100 characters).
    fc.constant('a'.repeat(1_000)),
    // A URL carries bytes: a lone surrogate cannot be percent-encoded, so it is a body's problem.
    fc.constantFrom(...nastyStrings.filter((s) => s.length < 5_000 && !/\p{Cs}/u.test(s))),
    fc.string({ maxLength: 40 }),
  )
}

/**
 * Values of the JSON Schema's shape (the document's schemas are the zod contracts', so this
 * generates what the contracts describe), within the limits the schema states.
 */
export function arbitraryOf(document: OpenApiDocument, schema: JsonSchema): fc.Arbitrary<unknown> {
  const resolve = (s: JsonSchema): JsonSchema => {
    if (s.$ref === undefined) return s
    const target = document.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')]
    if (target === undefined) throw new Error(`unresolved ${s.$ref}`)
    return resolve(target)
  }
  const of = (s: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    const r = resolve(s)
    const branches = r.oneOf ?? r.anyOf
    if (branches !== undefined) return fc.oneof(...branches.map((b) => of(b, depth)))
    if (r.allOf !== undefined) return of({ ...r, allOf: undefined, ...r.allOf[0] }, depth)
    if (r.const !== undefined) return fc.constant(r.const)
    if (r.enum !== undefined) return fc.constantFrom(...r.enum)
    const types = Array.isArray(r.type) ? r.type : r.type === undefined ? [] : [r.type]
    const nullable = types.includes('null')
    const type = types.find((t) => t !== 'null')
    const value = typedValue(r, type, depth)
    return nullable ? fc.option(value, { nil: null }) : value
  }
  const typedValue = (
    r: JsonSchema,
    type: string | undefined,
    depth: number,
  ): fc.Arbitrary<unknown> => {
    if (type === 'string') return stringOf(r)
    if (type === 'integer') return fc.integer({ min: r.minimum ?? -1_000, max: r.maximum ?? 1_000 })
    if (type === 'number') {
      return fc.double({ min: r.minimum ?? -1_000, max: r.maximum ?? 1_000, noNaN: true })
    }
    if (type === 'boolean') return fc.boolean()
    if (type === 'array') {
      if (r.items === undefined || depth > 4) return fc.constant([])
      return fc.array(of(r.items, depth + 1), {
        minLength: r.minItems ?? 0,
        maxLength: Math.min(r.maxItems ?? 3, 3),
      })
    }
    if (type === 'object' || r.properties !== undefined) {
      if (depth > 4) return fc.constant({})
      const properties = Object.entries(r.properties ?? {})
      return fc.record(Object.fromEntries(properties.map(([k, v]) => [k, of(v, depth + 1)])), {
        requiredKeys: (r.required ?? []).filter((k) => k in (r.properties ?? {})),
      })
    }
    return fc.jsonValue({ maxDepth: 1 })
  }
  return of(schema, 0)
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0
  const maxLength = Math.min(schema.maxLength ?? 40, 40)
  if (schema.format === 'email') return fc.emailAddress()
  if (schema.format === 'uuid') return fc.uuid()
  if (schema.format === 'uri') return fc.webUrl()
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString())
  }
  if (schema.pattern !== undefined) {
    const pattern = new RegExp(schema.pattern)
    try {
      return fc.stringMatching(pattern)
    } catch {
      // fast-check cannot generate from every construct (lookaheads): fall back to known samples.
      const known = ['2020', '2020-03-14', 'x'].filter((s) => pattern.test(s))
      return fc.constantFrom(...(known.length > 0 ? known : ['x']))
    }
  }
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) })
}

/** Every place in a JSON value where another value could go, as a path of keys. */
export function placesIn(value: unknown, path: string[] = []): string[][] {
  if (Array.isArray(value))
    return [path, ...value.flatMap((v, i) => placesIn(v, [...path, `${i}`]))]
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([k, v]) => placesIn(v, [...path, k]))]
  }
  return [path]
}

/** A copy of `body` with `value` at `path` (the whole body for the empty path). */
export function replacedAt(body: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(body) as Record<string, unknown>
  const parent = path
    .slice(0, -1)
    .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy)
  parent[path.at(-1) as string] = value
  return copy
}
