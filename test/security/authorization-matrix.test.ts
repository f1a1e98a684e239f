import { writeFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import {
  type OpenApiDocument,
  type Route,
  routesOf,
  sampleBodies,
  urlOf,
} from '../api/openapi-walk.js'
import { call } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { type Cast, callerOf, type Member, newCast, ROLES } from './authorization-cast.js'
import { EXPECTED, type Expected } from './authorization-expectations.js'
import {
  CHANGES_ITS_CALLERS,
  type Prepared,
  prepare,
  withOrigin,
} from './authorization-fixtures.js'

const keyOf = (route: Route) => `${route.method} ${route.path}`

/** "ok": the caller got past authorization (a success, or a rule of the thing itself: 409, 422). */
function matches(expected: Expected, status: number): boolean {
  if (expected === 'ok') return status < 400 || status === 409 || status === 422
  if (expected === 'bad') return status === 400
  return status === Number(expected)
}

describeEachDatabase('authorization matrix', (env) => {
  let document: OpenApiDocument | null = null
  const documentOf = async (e: TestEnv) => {
    document ??= (await e.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    return document as OpenApiDocument
  }
  const recorded: string[] = []
  let shared: Cast | null = null

  it('lists every route of the OpenAPI document, and no route the document lacks', async () => {
    const keys = routesOf(await documentOf(env())).map(keyOf)
    expect(
      keys.filter((k) => !(k in EXPECTED)),
      'routes missing from the matrix',
    ).toEqual([])
    expect(
      Object.keys(EXPECTED).filter((k) => !keys.includes(k)),
      'routes no longer served',
    ).toEqual([])
  })

  for (const [key, row] of Object.entries(EXPECTED)) {
    it(`${key}: ${row}`, async () => {
      const e = env()
      const route = routesOf(await documentOf(e)).find((r) => keyOf(r) === key)
      expect(route, `${key} is not served`).toBeDefined()
      if (route === undefined) return
      shared ??= await newCast(e)
      const cast = CHANGES_ITS_CALLERS.has(key) ? await newCast(e) : shared
      const prepared = await prepare(e, cast, route)
      const expected = row.split(/\s+/) as Expected[]
      const observed: number[] = []
      for (const role of ROLES) {
        const response = await request(
          e,
          route,
          prepared,
          callerOf(cast, role),
          await documentOf(e),
        )
        observed.push(response.statusCode)
      }
      if (process.env.AUTHZ_RECORD !== undefined) {
        recorded.push(`  '${key}': '${observed.join(' ')}',`)
        writeFileSync(process.env.AUTHZ_RECORD, `${recorded.join('\n')}\n`)
      }
      const wrong = ROLES.flatMap((role, i) =>
        matches(expected[i] as Expected, observed[i] as number) ? [] : [`${role}: ${observed[i]}`],
      )
      expect(wrong, `${key} expected ${row} (${ROLES.join(', ')})`).toEqual([])
    })
  }
})

/** One call of the route as this caller, with the same parameters and body as every other role. */
async function request(
  env: TestEnv,
  route: Route,
  prepared: Prepared,
  as: Member | undefined,
  document: OpenApiDocument,
) {
  const url = urlOf(
    route,
    (name) => prepared.params[name] ?? prepared.query?.[name] ?? 'x',
    prepared.query,
  )
  if (prepared.multipart !== undefined) {
    return await env.app.inject({
      method: route.method,
      url,
      ...withOrigin(prepared.multipart, as),
    })
  }
  return await call(env.app, route.method, url, {
    ...(as === undefined ? {} : { as }),
    ...(route.body === null ? {} : { body: bodyOf(document, route, prepared) }),
  })
}

/** The document's sample of the route's body, with the fixture's fields where the schema has them. */
function bodyOf(document: OpenApiDocument, route: Route, prepared: Prepared): unknown {
  if (route.body === null) return undefined
  if (prepared.body !== undefined) return prepared.body
  const sample = sampleBodies(document, route.body)[0]?.body
  if (sample === null || typeof sample !== 'object' || Array.isArray(sample)) return sample
  const fields = prepared.fields ?? {}
  return Object.fromEntries(
    Object.entries(sample).map(([name, value]) => [name, name in fields ? fields[name] : value]),
  )
}
