import { keepRecent } from '../../collections.js'
import { byWeakestLink } from '../../domain/path-ranking.js'
import type { NetworkIndex, PathView } from './network-index.js'

interface Entry {
  version: number
  staff: readonly string[]
  people: readonly PathView[]
}

/** Viewers whose reach an index keeps, and companies per viewer; the least recently used go. */
const VIEWERS_KEPT = 200
const COMPANIES_KEPT = 64

const kept = new WeakMap<NetworkIndex, Map<string, Map<string, Entry>>>()

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/**
 * The best path from the viewer to each of a company's staff they reach, best first (by the
 * weakest link, then the whole path, then fewer hops, then member id). This is the heavy part of
 * a company's reach, so it is kept per viewer and company for as long as it holds: until the
 * graph changes (a reloaded index, or a change applied to this one, which moves its version) or
 * the staff do.
 */
export function rankedReach(
  index: NetworkIndex,
  viewer: string,
  company: string,
  staff: readonly string[],
): readonly PathView[] {
  let viewers = kept.get(index)
  if (viewers === undefined) {
    viewers = new Map()
    kept.set(index, viewers)
  }
  const companies = keepRecent(viewers, viewer, viewers.get(viewer) ?? new Map(), VIEWERS_KEPT)
  const key = company.trim().toLowerCase()
  const members = [...staff].sort()
  const hit = companies.get(key)
  if (hit !== undefined && hit.version === index.version && sameList(hit.staff, members)) {
    return keepRecent(companies, key, hit, COMPANIES_KEPT).people
  }
  const targetOf = (p: PathView) => p.nodes.at(-1) ?? ''
  const people = index
    .companyPaths(viewer, members)
    .sort((a, b) => byWeakestLink(a, b) || targetOf(a).localeCompare(targetOf(b)))
  keepRecent(companies, key, { version: index.version, staff: members, people }, COMPANIES_KEPT)
  return people
}
