import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildApp } from '../../src/api/app.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

/** The directives of a Content-Security-Policy header, by name. */
function directivesOf(response: LightMyRequestResponse): Map<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '')
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  )
}

function expectSecurityHeaders(response: LightMyRequestResponse) {
  const csp = directivesOf(response)
  expect(csp.get('default-src')).toEqual(["'self'"])
  expect(csp.get('script-src')).toEqual(["'self'"])
  expect(csp.get('script-src-attr')).toEqual(["'none'"])
  expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(response.headers['x-content-type-options']).toBe('nosniff')
  expect(response.headers['referrer-policy']).toBe('no-referrer')
  expect(response.headers['x-frame-options']).toBe('DENY')
}

let webRoot: string
beforeAll(() => {
  // A built UI as Vite lays it out: index.html and hashed assets.
  webRoot = mkdtempSync(join(tmpdir(), 'rapport-web-'))
  mkdirSync(join(webRoot, 'assets'))
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><title>Rapport</title><script type="module" src="/assets/index.js"></script>',
  )
  writeFileSync(join(webRoot, 'assets', 'index.js'), 'console.log("rapport")')
})
afterAll(() => {
  rmSync(webRoot, { recursive: true, force: true })
})

describeEachDatabase('security headers', (env) => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildApp({ ctx: env().ctx, webRoot, logger: false })
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
  })

  it('are on pages, their assets, API answers, problems and unknown routes alike', async () => {
    const member = await signUp(app)
    const page = await app.inject({ url: '/contacts', headers: { accept: 'text/html' } })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    const asset = await app.inject({ url: '/assets/index.js' })
    expect(asset.statusCode).toBe(200)
    const answer = await call(app, 'GET', '/api/me', { as: member })
    expect(answer.statusCode).toBe(200)
    const problem = await call(app, 'GET', '/api/me')
    expect(problem.statusCode).toBe(401)
    const unknown = await call(app, 'GET', '/api/nothing-here')
    expect(unknown.statusCode).toBe(404)
    for (const response of [page, asset, answer, problem, unknown]) expectSecurityHeaders(response)
  })

  it('ask for no https upgrade or HSTS on an instance served over http', async () => {
    const response = await app.inject({ url: '/healthz' })
    expectSecurityHeaders(response)
    expect(directivesOf(response).has('upgrade-insecure-requests')).toBe(false)
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })
})

describeEachDatabase(
  'security headers over https',
  (env) => {
    it('add HSTS and the upgrade of insecure requests', async () => {
      const response = await env().app.inject({
        url: '/api/openapi.json',
        headers: { host: 'rapport.example' },
      })
      expect(response.statusCode).toBe(200)
      expectSecurityHeaders(response)
      expect(directivesOf(response).has('upgrade-insecure-requests')).toBe(true)
      expect(response.headers['strict-transport-security']).toContain('max-age=31536000')
    })
  },
  { publicUrl: 'https://rapport.example' },
)
