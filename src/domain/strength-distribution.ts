/** How a network's strengths spread: whether the model tells its people apart. */
export interface StrengthDistribution {
  contacts: number
  /** Distinct strengths at the given resolution. */
  distinct: number
  /** The value most contacts share, at the resolution, and the share of contacts at it. */
  mostCommon: { value: number; contacts: number; share: number } | null
  /** Contacts per tenth of strength, from [0, 0.1) to [0.9, 1]. */
  deciles: number[]
}

/**
 * The distribution of strengths at a resolution (0.001 by default: three decimals, as scores
 * are compared): distinct values, the most common value and its share, and a histogram by
 * tenths. The goal for a realistic export is that no value holds more than a tenth of contacts.
 *
 * @example
 * strengthDistribution([0.075, 0.075, 0.2, 0.41])
 * // => { contacts: 4, distinct: 3, mostCommon: { value: 0.075, contacts: 2, share: 0.5 },
 * //      deciles: [2, 0, 1, 0, 1, 0, 0, 0, 0, 0] }
 */
export function strengthDistribution(
  strengths: readonly number[],
  resolution = 0.001,
): StrengthDistribution {
  const counts = new Map<number, number>()
  const deciles = Array.from({ length: 10 }, () => 0)
  for (const s of strengths) {
    const step = Math.round(s / resolution)
    counts.set(step, (counts.get(step) ?? 0) + 1)
    deciles[Math.min(9, Math.max(0, Math.floor(s * 10)))]!++
  }
  let best: [number, number] | null = null
  for (const entry of counts) {
    if (best === null || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) {
      best = entry
    }
  }
  const digits = Math.max(0, Math.round(-Math.log10(resolution)))
  return {
    contacts: strengths.length,
    distinct: counts.size,
    mostCommon:
      best === null
        ? null
        : {
            value: Number((best[0] * resolution).toFixed(digits)),
            contacts: best[1],
            share: best[1] / strengths.length,
          },
    deciles,
  }
}
