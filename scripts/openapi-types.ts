import type { FastifyInstance } from 'fastify'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import ts from 'typescript'

const HEADER = '// Generated from GET /api/openapi.json by `npm run api:generate`; do not edit.\n'
const LINE_WIDTH = 100
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'))

/**
 * The TypeScript types of the served OpenAPI document, as the web client imports them: `paths`
 * for the client, `components`, and an alias for each component (`ContactSummary`). A binary
 * string is a `Blob`, so an upload is typed as the browser sends it.
 */
export async function openApiTypes(app: FastifyInstance): Promise<string> {
  const ast = await openapiTS(app.swagger() as OpenAPI3, {
    alphabetize: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    transform: (schema) => (schema.format === 'binary' ? BLOB : undefined),
  })
  return `${HEADER}${astToString(ast)}`
}

/**
 * The values of every enum component, for the web UI's selects and labels, so each enum has one
 * source: the server's zod enum. Written as Biome formats it, since the file is linted.
 */
export function openApiEnums(app: FastifyInstance): string {
  const schemas = (app.swagger() as OpenAPI3).components?.schemas ?? {}
  const constants = Object.entries(schemas)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([name, schema]) => {
      const values = 'enum' in schema ? schema.enum : undefined
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return []
      return [enumConstant(name, values)]
    })
  return `${HEADER}import type * as Schema from './schema.js'\n\n${constants.join('\n')}`
}

function enumConstant(name: string, values: string[]): string {
  const head = `export const ${name.charAt(0).toLowerCase()}${name.slice(1)}Values: readonly Schema.${name}[] = [`
  const items = values.map((v) => `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`)
  const oneLine = `${head}${items.join(', ')}]\n`
  return oneLine.length - 1 <= LINE_WIDTH
    ? oneLine
    : `${head}\n${items.map((i) => `  ${i},\n`).join('')}]\n`
}
