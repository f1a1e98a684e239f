import type { TestProject } from 'vitest/node'
import { startThrowawayPostgres } from './postgres-cluster.js'
import { selectedVariants } from './variants.js'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null
  }
}

/** One PostgreSQL cluster for the whole run; each test suite makes its own database in it. */
export default async function setup(project: TestProject) {
  if (!selectedVariants().includes('postgres')) {
    project.provide('postgresUrl', null)
    return
  }
  const cluster = await startThrowawayPostgres()
  project.provide('postgresUrl', cluster.url)
  return async () => {
    await cluster.stop()
  }
}
