const BASE_MS = 30_000
const MAX_MS = 3_600_000

/**
 * The wait before attempt `attempt + 1` after `attempt` failed: 30 s, 1 min, 2 min… doubling,
 * at most an hour.
 * @example retryDelayMs(1) // 30_000
 * @example retryDelayMs(3) // 120_000
 */
export function retryDelayMs(attempt: number): number {
  return Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt - 1))
}
