import type { FastifyInstance } from 'fastify'
import openapiTS, { astToString } from 'openapi-typescript'

/** The TypeScript types of the served OpenAPI document, as the web client imports them. */
export async function openApiTypes(app: FastifyInstance): Promise<string> {
  const document = app.swagger() as Parameters<typeof openapiTS>[0]
  const ast = await openapiTS(document, { alphabetize: true })
  return `// Generated from GET /api/openapi.json by \`npm run api:generate\`; do not edit.\n${astToString(ast)}`
}
