import fc from 'fast-check'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { expect, it } from 'vitest'
import { type OpenApiDocument, type Route, routesOf, urlOf } from '../api/openapi-walk.js'
import { signUpOperator } from '../api/operator-helpers.js'
import { call, signInAgain } from '../setup/client.js'
import { databaseFingerprint } from '../setup/fingerprint.js'
import { describeEachDatabase, ORIGIN } from '../setup/harness.js'
import {
  arbitraryOf,
  hostileValue,
  malformedPayload,
  parameterValue,
  placesIn,
  replacedAt,
} from './fuzz-arbitraries.js'

// Fixed so that a failure is the same failure on the next run; FUZZ_RUNS and FUZZ_SEED widen it.
const SEED = Number(process.env.FUZZ_SEED ?? 20261202)
const RUNS = Number(process.env.FUZZ_RUNS ?? 6)

/**
 * Tables a refusal may write: attempts count toward their limit whether or not they succeed (a
 * wrong current password is refused and still counted, so that guessing it stays limited).
 */
const COUNTS_REFUSALS = new Set(['rate_events'])

interface Sent {
  method: Route['method']
  url: string
  payload?: string
  contentType?: string
}

async function send(app: FastifyInstance, cookie: string, request: Sent) {
  const headers: Record<string, string> = { cookie }
  if (request.method !== 'GET') headers.origin = ORIGIN
  if (request.contentType !== undefined) headers['content-type'] = request.contentType
  return await app.inject({
    method: request.method,
    url: request.url,
    headers,
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  })
}

/** What is wrong with an answer: a 5xx, or a 4xx that is not an RFC 9457 problem. */
function fault(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return `${response.statusCode}: ${response.body.slice(0, 300)}`
  if (response.statusCode < 400) return null
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    return `${response.statusCode} as ${response.headers['content-type']}`
  }
  const problem = response.json() as { type?: unknown; title?: unknown; status?: unknown }
  if (typeof problem.title !== 'string' || problem.status !== response.statusCode) {
    return `${response.statusCode} with a malformed problem: ${response.body.slice(0, 200)}`
  }
  return null
}

const described = (request: Sent) =>
  `${request.method} ${request.url.slice(0, 200)} ${request.contentType ?? ''} ${(request.payload ?? '').slice(0, 200)}`

describeEachDatabase('every route under generated input', (env) => {
  it('answers 2xx or a 4xx problem, never a 5xx, and a refused request or any read changes nothing', async () => {
    const { app, ctx } = env()
    let member = await signUpOperator(env(), 'Fuzz Operator')
    const document: OpenApiDocument = (await call(app, 'GET', '/api/openapi.json')).json()
    const params = parameterValue([member.id])
    const faults: string[] = []
    const writes: string[] = []
    const fingerprint = async () => await databaseFingerprint(ctx.db)
    let before = await fingerprint()
    /** Notes the tables a request that should have written nothing changed. */
    const expectUnchanged = (after: Record<string, string>, what: string) => {
      const changed = Object.keys(after).filter(
        (table) => after[table] !== before[table] && !COUNTS_REFUSALS.has(table),
      )
      if (changed.length > 0) writes.push(`${what}: ${changed.join(', ')}`)
    }

    /** Sends each generated request and notes every faulty answer; returns the answers' statuses. */
    const exercise = async (requests: fc.Arbitrary<Sent>, runs: number) => {
      const statuses: number[] = []
      for (const request of fc.sample(requests, { seed: SEED, numRuns: runs })) {
        const response = await send(app, member.cookie, request)
        statuses.push(response.statusCode)
        const wrong = fault(response)
        if (wrong !== null) faults.push(`${described(request)} → ${wrong}`)
      }
      return statuses
    }

    for (const route of routesOf(document)) {
      const url = fc
        .tuple(
          fc.array(params, {
            minLength: route.pathParams.length,
            maxLength: route.pathParams.length,
          }),
          fc.dictionary(fc.constantFrom('', ...route.queryParams), params, { maxKeys: 3 }),
        )
        .map(([values, query]) =>
          urlOf(route, (name) => values[route.pathParams.indexOf(name)] ?? 'x', query),
        )
      const body = route.body === null ? fc.constant(undefined) : arbitraryOf(document, route.body)
      const shaped = fc.record({ url, body }).map(
        ({ url, body }): Sent => ({
          method: route.method,
          url,
          ...(body === undefined
            ? {}
            : { payload: JSON.stringify(body), contentType: 'application/json' }),
        }),
      )
      const mutated = fc
        .record({ url, body, value: hostileValue, pick: fc.nat() })
        .map(({ url, body, value, pick }): Sent => {
          const places = placesIn(body)
          const place = places[pick % places.length] ?? []
          return {
            method: route.method,
            url,
            payload: JSON.stringify(replacedAt(body, place, value)) ?? 'null',
            contentType: 'application/json',
          }
        })
      if (route.method === 'GET') {
        // A read writes nothing, whatever it is asked.
        await exercise(fc.oneof(shaped, mutated), RUNS * 2)
        const after = await fingerprint()
        expectUnchanged(after, `GET ${route.path}`)
        before = after
        continue
      }
      if (route.body !== null) {
        // Bodies no schema can accept: malformed JSON, other content types, a nest deeper than any
        // field, or a scalar where the body's object goes. Each is refused and changes nothing.
        const unacceptable = fc.oneof(
          fc
            .record({ url, raw: malformedPayload })
            .map(({ url, raw }): Sent => ({ method: route.method, url, ...raw })),
          fc
            .record({ url, body, pick: fc.nat(), depth: fc.integer({ min: 200, max: 2_000 }) })
            .map(({ url, body, pick, depth }): Sent => {
              const places = placesIn(body).filter((p) => p.length > 0)
              let nest: unknown = 'x'
              for (let i = 0; i < depth; i++) nest = [nest]
              const place = places[pick % Math.max(places.length, 1)] ?? []
              return {
                method: route.method,
                url,
                payload: JSON.stringify(replacedAt(body, place, nest)),
                contentType: 'application/json',
              }
            }),
        )
        const statuses = await exercise(unacceptable, RUNS)
        const accepted = statuses.filter((s) => s < 400)
        if (accepted.length > 0)
          faults.push(
            `${route.method} ${route.path} accepted ${accepted.length} unacceptable bodies`,
          )
        expectUnchanged(await fingerprint(), `${route.method} ${route.path}`)
      }
      // Bodies of the schema's shape and hostile variations of them may be taken or refused.
      const taken = (await exercise(fc.oneof(shaped, mutated), RUNS)).some((s) => s < 400)
      // A generated request may have signed the member out (or changed their password): sign in
      // again, so that the next route is tried as a member and not only at the door.
      let changed = taken
      if ((await call(app, 'GET', '/api/me', { as: member })).statusCode !== 200) {
        member = await signInAgain(app, member).catch(
          async () => await signUpOperator(env(), 'Fuzz Operator'),
        )
        changed = true
      }
      const after = await fingerprint()
      if (!changed) expectUnchanged(after, `${route.method} ${route.path} (refused)`)
      before = after
    }
    expect(faults, `seed ${SEED}`).toEqual([])
    expect(writes, `seed ${SEED}`).toEqual([])
  })
})
