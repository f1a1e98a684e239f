/**
 * The area under the ROC curve of a score for a yes/no outcome: the chance that a random
 * positive scores above a random negative, ties counting one half (Mann–Whitney U over the
 * ranks, O(n log n)). `null` when either class is empty.
 *
 * @example
 * rocAuc([0.9, 0.2, 0.7], [true, false, false]) // => 1
 */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number | null {
  const n = scores.length
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!)
  let positives = 0
  let rankSum = 0
  let i = 0
  while (i < n) {
    let j = i
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++
    // Tied scores share the mean of their ranks (1-based).
    const rank = (i + j + 2) / 2
    for (let k = i; k <= j; k++) {
      if (positive[order[k]!]) {
        positives++
        rankSum += rank
      }
    }
    i = j + 1
  }
  const negatives = n - positives
  if (positives === 0 || negatives === 0) return null
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}
