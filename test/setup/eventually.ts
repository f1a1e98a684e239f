/**
 * Polls `probe` until it returns a value, and returns that value. The deadline is in time, not in
 * tries, and generous: what the tests wait for (a mail after an answer, an announcement reaching
 * another process, an import finishing) can take many seconds on a loaded machine, and waiting
 * longer costs nothing when it arrives sooner.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  what: string,
  { timeoutMs = 90_000, everyMs = 25 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<Exclude<T, undefined>> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value as Exclude<T, undefined>
    if (Date.now() > end) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
