import type {
  CareerPeopleQuery,
  CareerPerson,
  CareerStrategyQuery,
  CompanyReach,
  RoleScope,
} from '../../contracts/paths.js'
import { findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { offsetPage } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { type PersonAtCompany, peopleAtCompany } from './company-reach.js'
import { type PathPresenter, pathPresenter } from './path-presenter.js'

/** Introducers listed per company: the best placed, not everyone the viewer knows. */
const INTRODUCERS_SHOWN = 10

async function strategyOf(ctx: ServiceContext, viewer: MemberId) {
  const me = await findMemberById(ctx.db, viewer)
  if (me === null) throw new AppError('not_found', 'No such member')
  return me.careerStrategy
}

/** The people of a company's list: those in a target role, unless there are none or all are asked for. */
async function listAt(
  ctx: ServiceContext,
  viewer: MemberId,
  company: string,
  roles: readonly string[],
  scope: RoleScope,
) {
  const { staff, people } = await peopleAtCompany(ctx, viewer, company, roles)
  const inTargetRoles = people.filter((p) => p.inTargetRole)
  const list = scope === 'target' && roles.length > 0 ? inTargetRoles : people
  return { staff, reachable: people.length, inTargetRoles: inTargetRoles.length, list }
}

/** Who the people of a list are reached through, best path first, with how many each reaches. */
function introducersOf(list: readonly PersonAtCompany[]): { id: string; reaches: number }[] {
  const reaches = new Map<string, number>()
  for (const { path } of list) {
    const introducer = path.nodes[1]
    if (path.hops > 1 && introducer !== undefined) {
      reaches.set(introducer, (reaches.get(introducer) ?? 0) + 1)
    }
  }
  return [...reaches].slice(0, INTRODUCERS_SHOWN).map(([id, n]) => ({ id, reaches: n }))
}

function personView(presenter: PathPresenter, person: PersonAtCompany): CareerPerson {
  return {
    ...presenter.path(person.path),
    title: person.title,
    seniority: person.seniority,
    inTargetRole: person.inTargetRole,
  }
}

/**
 * A page of the caller's target companies (in the order of their strategy), and for each: how
 * many members are there, how many the caller reaches and how many of those hold a target role,
 * the first people of the list best path first, and who could introduce the caller to them. The
 * work is bounded by the page, and the paths are kept between requests until the graph changes.
 */
export async function careerStrategyReach(
  ctx: ServiceContext,
  viewer: MemberId,
  query: CareerStrategyQuery,
) {
  const { companies, roles } = await strategyOf(ctx, viewer)
  const page = offsetPage(companies, query)
  const entries = await Promise.all(
    page.items.map(async (company) => {
      const { list, ...counts } = await listAt(ctx, viewer, company, roles, query.roles)
      const people = offsetPage(list, { limit: query.perCompany })
      return { company, counts, people, introducers: introducersOf(list) }
    }),
  )
  const presenter = await pathPresenter(
    ctx,
    viewer,
    entries.flatMap((e) => e.people.items.map((p) => p.path)),
    entries.flatMap((e) => e.introducers.map((i) => i.id)),
  )
  const reach = entries.map(
    (e): CompanyReach => ({
      company: e.company,
      ...e.counts,
      people: e.people.items.map((p) => personView(presenter, p)),
      ...(e.people.next === undefined ? {} : { next: e.people.next }),
      introducers: e.introducers.map((i) => ({
        member: presenter.member(i.id),
        reaches: i.reaches,
        strength: presenter.ownScore(i.id),
      })),
    }),
  )
  return { roles, companies: reach, ...(page.next === undefined ? {} : { next: page.next }) }
}

/** More of the people at one company, in the order of `careerStrategyReach`. */
export async function careerStrategyPeople(
  ctx: ServiceContext,
  viewer: MemberId,
  query: CareerPeopleQuery,
) {
  const { roles } = await strategyOf(ctx, viewer)
  const { list } = await listAt(ctx, viewer, query.company, roles, query.roles)
  const page = offsetPage(list, query)
  const presenter = await pathPresenter(
    ctx,
    viewer,
    page.items.map((p) => p.path),
  )
  const items = page.items.map((p) => personView(presenter, p))
  return page.next === undefined ? { items } : { items, next: page.next }
}
