/**
 * The years of an engagement as people write them: `2018–2021`, `2018` when it began and ended in
 * the same year, `since 2018` while it goes on. Partial dates (`2018-03`) count by their year.
 *
 * @example
 * engagementYears('2018-03', '2021') // => '2018–2021'
 */
export function engagementYears(from: string, to: string | null): string {
  const start = from.slice(0, 4)
  if (to === null) return `since ${start}`
  const end = to.slice(0, 4)
  return start === end ? start : `${start}–${end}`
}

/**
 * The line shown with a recommendation: where and when the two worked together, and whether both
 * said so.
 *
 * @example
 * engagementLine('Globex', '2018', '2021', true)
 * // => 'Worked together at Globex, 2018–2021, confirmed by both'
 */
export function engagementLine(
  company: string,
  from: string,
  to: string | null,
  confirmed: boolean,
): string {
  const base = `Worked together at ${company}, ${engagementYears(from, to)}`
  return confirmed ? `${base}, confirmed by both` : `${base}, not yet confirmed`
}
