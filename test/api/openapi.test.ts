import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { openApiEnums, openApiTypes } from '../../scripts/openapi-types.js'
import { projectPath } from '../../src/paths.js'
import { describeEachDatabase } from '../setup/harness.js'

// The contract routes of API.md that exist so far; each must be in the served document.
const CONTRACT = [
  ['get', '/healthz'],
  ['post', '/api/auth/signup'],
  ['post', '/api/auth/login'],
  ['post', '/api/auth/logout'],
  ['post', '/api/tokens'],
  ['get', '/api/me'],
  ['patch', '/api/me'],
  ['get', '/api/members'],
  ['get', '/api/members/{id}'],
  ['post', '/api/invitations'],
  ['get', '/api/invitations'],
  ['post', '/api/invitations/{id}/accept'],
  ['post', '/api/invitations/{id}/ignore'],
  ['post', '/api/invitations/{id}/dont-know'],
  ['post', '/api/invitations/{id}/withdraw'],
  ['get', '/api/connections'],
  ['delete', '/api/connections/{memberId}'],
  ['post', '/api/connections/{memberId}/restore'],
  ['get', '/api/me/export'],
  ['delete', '/api/me'],
  ['get', '/api/contacts'],
  ['get', '/api/contacts/{id}'],
  ['patch', '/api/contacts/{id}'],
  ['post', '/api/contacts/{id}/interactions'],
  ['get', '/api/circles'],
  ['get', '/api/insights/health'],
  ['get', '/api/insights/prune'],
  ['post', '/api/insights/prune/feedback'],
  ['get', '/api/insights/stay-in-touch'],
  ['post', '/api/imports/linkedin'],
  ['get', '/api/imports/{id}'],
  ['get', '/api/paths'],
  ['get', '/api/career-strategy'],
  ['get', '/api/network/map'],
  ['get', '/api/network/reach'],
  ['get', '/api/operator/open-networkers'],
] as const

interface Operation {
  operationId?: string
  summary?: string
  tags?: string[]
  security?: unknown[]
  parameters?: Array<{ in: string; name: string }>
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> }
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>
}

interface Document {
  tags: Array<{ name: string }>
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
}

const PROBLEM = { schema: { $ref: '#/components/schemas/Problem' } }

function operations(document: Document): Array<[string, Operation]> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      op,
    ]),
  )
}

describeEachDatabase('the OpenAPI document', (env) => {
  async function served(): Promise<Document> {
    const response = await env().app.inject({ method: 'GET', url: '/api/openapi.json' })
    return response.json()
  }

  it('is OpenAPI 3.1 and lists every contract route', async () => {
    const { app } = env()
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    const document = response.json()
    expect(document.openapi).toBe('3.1.0')
    for (const [method, path] of CONTRACT) {
      expect(document.paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined()
    }
  })

  it('names every JSON body a request sends or an answer carries as a component', async () => {
    const document = await served()
    const unnamed: string[] = []
    for (const [name, op] of operations(document)) {
      const bodies = [
        ['request', op.requestBody?.content],
        ...Object.entries(op.responses).map(([status, r]) => [status, r.content]),
      ] as const
      for (const [which, content] of bodies) {
        for (const [type, { schema }] of Object.entries(content ?? {})) {
          const named = schema.$ref?.startsWith('#/components/schemas/') ?? false
          if (type.endsWith('json') && !named) unnamed.push(`${name} ${which}`)
        }
      }
    }
    expect(unnamed).toEqual([])
  })

  it('answers every 4xx with the one Problem component, as application/problem+json', async () => {
    const document = await served()
    for (const [name, op] of operations(document)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!status.startsWith('4')) continue
        expect(response.content, `${name} ${status}`).toEqual({
          'application/problem+json': PROBLEM,
        })
      }
    }
  })

  it('lists 400 for input, 401 for a signed-in caller and 404 for an id on each operation', async () => {
    const document = await served()
    for (const [name, op] of operations(document)) {
      const statuses = Object.keys(op.responses)
      const takesInput = op.requestBody !== undefined || (op.parameters ?? []).length > 0
      if (takesInput) expect(statuses, name).toContain('400')
      if (op.security === undefined) expect(statuses, name).toContain('401')
      const takesId = (op.parameters ?? []).some((p) => p.in === 'path' && /id$/i.test(p.name))
      if (takesId) expect(statuses, name).toContain('404')
    }
  })

  it('gives every operation a camelCase operationId, a summary and declared tags', async () => {
    const document = await served()
    const declared = new Set(document.tags.map((t) => t.name))
    for (const [name, op] of operations(document)) {
      expect(op.operationId, name).toMatch(/^[a-z][a-zA-Z]+$/)
      expect(op.summary, name).toBeTruthy()
      expect(op.tags?.length, name).toBeGreaterThan(0)
      for (const tag of op.tags ?? []) expect(declared, `${name} tag ${tag}`).toContain(tag)
    }
  })

  it('keeps only the components some operation reaches', async () => {
    const document = await served()
    const text = JSON.stringify(document.paths)
    const reached = new Set<string>()
    const visit = (json: string) => {
      for (const [, name] of json.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
        if (name === undefined || reached.has(name)) continue
        reached.add(name)
        visit(JSON.stringify(document.components.schemas[name]))
      }
    }
    visit(text)
    expect(Object.keys(document.components.schemas).sort()).toEqual([...reached].sort())
  })

  it('names a shape sent both ways once when its request and answer forms are the same', async () => {
    const { schemas } = (await served()).components
    expect(schemas.HowWeMet).toBeDefined()
    for (const [name, schema] of Object.entries(schemas)) {
      const answer = schemas[name.replace(/Input$/, '')]
      if (name.endsWith('Input') && answer !== undefined) expect(schema, name).not.toEqual(answer)
    }
  })

  it('matches the typed client committed for the web UI (run `npm run api:generate`)', async () => {
    const { app } = env()
    const committed = readFileSync(projectPath('web', 'src', 'api', 'schema.d.ts'), 'utf8')
    expect(committed).toBe(await openApiTypes(app))
  })

  it('matches the enum values committed for the web UI (run `npm run api:generate`)', async () => {
    const { app } = env()
    const committed = readFileSync(projectPath('web', 'src', 'api', 'enums.ts'), 'utf8')
    expect(committed).toBe(openApiEnums(app))
  })
})
