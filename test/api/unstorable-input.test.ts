import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import {
  type BodyPlace,
  type OpenApiDocument,
  type Route,
  routesOf,
  sampleBodies,
  urlOf,
  withValueAt,
} from './openapi-walk.js'

const NUL = 'a\u0000b'

interface Probe {
  route: Route
  url: string
  body: unknown
  /** The field the answer must name. */
  field: string
}

/** What a probe got back, when it was not the 400 naming its field that it should be. */
async function misanswered(
  app: Parameters<typeof call>[0],
  as: { cookie: string },
  probes: Probe[],
): Promise<string[]> {
  const wrong: string[] = []
  for (const probe of probes) {
    const response = await call(app, probe.route.method, probe.url, {
      as,
      ...(probe.body === null ? {} : { body: probe.body }),
    })
    const paths =
      response.statusCode === 400
        ? ((response.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path)
        : []
    if (!paths.includes(probe.field)) {
      wrong.push(`${probe.route.method} ${probe.url} [${probe.field}]: ${response.statusCode}`)
    }
  }
  return wrong
}

async function documentOf(app: Parameters<typeof call>[0]): Promise<OpenApiDocument> {
  return (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
}

/** Every place of every route's JSON body, each in a body that holds it. */
function bodyPlaces(document: OpenApiDocument, route: Route) {
  if (route.body === null) return []
  const seen = new Set<string>()
  return sampleBodies(document, route.body).flatMap(({ body, places }) =>
    places.flatMap((place) => {
      const key = `${place.kind}:${place.path.join('.')}`
      if (seen.has(key)) return []
      seen.add(key)
      return [{ body, place }]
    }),
  )
}

function firstBody(document: OpenApiDocument, route: Route): unknown {
  return route.body === null ? null : (sampleBodies(document, route.body)[0]?.body ?? null)
}

const placeName = (place: BodyPlace) => place.path.join('.')

describeEachDatabase('text and dates the database cannot store', (env) => {
  it('answers a NUL byte in any path parameter, query parameter or body string of any route with a 400 naming it', async () => {
    const { app } = env()
    const member = await signUp(app)
    const document = await documentOf(app)
    const probes: Probe[] = []
    for (const route of routesOf(document)) {
      const body = firstBody(document, route)
      for (const name of route.pathParams) {
        probes.push({
          route,
          url: urlOf(route, (p) => (p === name ? NUL : 'x')),
          body,
          field: name,
        })
      }
      for (const name of route.queryParams) {
        probes.push({ route, url: urlOf(route, () => 'x', { [name]: NUL }), body, field: name })
      }
      for (const { body: holder, place } of bodyPlaces(document, route)) {
        const field = placeName(place)
        probes.push({
          route,
          url: urlOf(route, () => 'x'),
          body: withValueAt(holder, place, NUL),
          field: field === '' ? 'body' : field,
        })
      }
    }
    // The walk reaches nested strings, every branch of a union, record keys and parameters.
    expect(probes.map((p) => `${p.route.path} ${p.field}`)).toEqual(
      expect.arrayContaining([
        '/api/me positions.0.title',
        '/api/invitations howWeMet.place',
        '/api/insights/cadences cadences',
        '/api/members/{id} id',
        '/api/paths company',
      ]),
    )
    expect(await misanswered(app, member, probes)).toEqual([])
  })

  it('answers a lone surrogate like a NUL byte', async () => {
    const { app } = env()
    const member = await signUp(app)
    const response = await call(app, 'PATCH', '/api/me', {
      as: member,
      body: { headline: 'broken \ud83d text' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([{ path: 'headline', message: expect.any(String) }])
    expect((await call(app, 'GET', '/api/me', { as: member })).json().headline).toBe('')
  })

  it('answers the year 0000 in any date field of any body with a 400 naming it', async () => {
    const { app } = env()
    const member = await signUp(app)
    const document = await documentOf(app)
    const probes: Probe[] = []
    for (const route of routesOf(document)) {
      for (const { body, place } of bodyPlaces(document, route)) {
        const isInstant = place.schema.format === 'date-time'
        const isPartialDate =
          place.schema.pattern !== undefined && new RegExp(place.schema.pattern).test('2020')
        const bad = isInstant
          ? ['0000-01-01T00:00:00Z', '0001-01-01T00:30:00+01:00']
          : isPartialDate
            ? ['0000', '0000-06']
            : []
        for (const value of bad) {
          probes.push({
            route,
            url: urlOf(route, () => 'x'),
            body: withValueAt(body, place, value),
            field: placeName(place),
          })
        }
      }
    }
    expect(probes.some((p) => p.route.path === '/api/contacts/{id}/interactions')).toBe(true)
    expect(await misanswered(app, member, probes)).toEqual([])
  })

  it('answers a tampered cursor on any list with a 400 naming the cursor', async () => {
    const { app } = env()
    const member = await signUp(app)
    const document = await documentOf(app)
    const encode = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url')
    const cursors = [
      'not a cursor',
      encode([]),
      encode({ name: 1, id: 'x' }),
      encode({ name: NUL, id: 'x' }),
      encode({ name: 'ada', id: NUL }),
      encode({ name: 'ada', id: 'x'.repeat(500) }),
      encode({ createdAt: 'yesterday', id: 'x' }),
      encode({ createdAt: '0000-01-01T00:00:00.000Z', id: 'x' }),
      encode({ createdAt: `2026-01-01T00:00:00.000Z${NUL}`, id: 'x' }),
    ]
    const listRoutes = routesOf(document).filter((r) => r.queryParams.includes('cursor'))
    expect(listRoutes.map((r) => r.path)).toContain('/api/invitations')
    const probes = listRoutes.flatMap((route) =>
      cursors.map((cursor) => ({
        route,
        url: urlOf(route, () => 'x', { cursor }),
        body: null,
        field: 'cursor',
      })),
    )
    expect(await misanswered(app, member, probes)).toEqual([])
  })
})
