import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { openApiTypes } from '../../scripts/openapi-types.js'
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

describeEachDatabase('the OpenAPI document', (env) => {
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

  it('matches the typed client committed for the web UI (run `npm run api:generate`)', async () => {
    const { app } = env()
    const committed = readFileSync(projectPath('web', 'src', 'api', 'schema.d.ts'), 'utf8')
    expect(committed).toBe(await openApiTypes(app))
  })
})
