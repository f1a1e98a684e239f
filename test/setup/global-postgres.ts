import type { TestProject } from 'vitest/node'
import { startThrowawayPostgres } from './postgres-cluster.js'
import { createPgliteTemplate, createPostgresTemplate } from './templates.js'
import { selectedVariants } from './variants.js'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null
    /** The migrated PGlite data folder every PGlite suite starts from (see templates.ts). */
    pgliteTemplate: string | null
  }
}

/**
 * One PostgreSQL cluster for the whole run, with a migrated template database each suite copies;
 * and one migrated PGlite data folder each PGlite suite loads.
 */
export default async function setup(project: TestProject) {
  const variants = selectedVariants()
  // Made side by side: the PGlite template is work for this process, the cluster for its own.
  const [pglite, cluster] = await Promise.all([
    variants.includes('pglite') ? createPgliteTemplate() : null,
    variants.includes('postgres')
      ? startThrowawayPostgres().then(async (c) => {
          await createPostgresTemplate(c.url)
          return c
        })
      : null,
  ])
  project.provide('pgliteTemplate', pglite?.file ?? null)
  project.provide('postgresUrl', cluster?.url ?? null)
  if (cluster === null) return async () => pglite?.remove()
  return async () => {
    pglite?.remove()
    await cluster.stop()
  }
}
