export const DB_VARIANTS = ['pglite', 'postgres'] as const
export type DbVariant = (typeof DB_VARIANTS)[number]

/** `RAPPORT_TEST_DB=pglite` or `=postgres` narrows the suites to one database; both run by default. */
export function selectedVariants(): DbVariant[] {
  const only = process.env.RAPPORT_TEST_DB
  if (only === undefined || only === '') return [...DB_VARIANTS]
  const chosen = DB_VARIANTS.filter((v) => v === only)
  if (chosen.length === 0)
    throw new Error(`RAPPORT_TEST_DB must be one of ${DB_VARIANTS.join(', ')}`)
  return chosen
}
