/** The keys of a record, in its order and typed as its keys (`Object.keys` widens them to string). */
export function keysOf<K extends string>(record: Record<K, unknown>): K[] {
  return Object.keys(record) as K[]
}
