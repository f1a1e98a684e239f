import { useState } from 'react'
import { Link } from 'react-router'
import type { CompanyReach as CareerCompany, CareerPerson } from '../api/schema.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { Loading } from '../components/Loading.js'
import { MemberLink } from '../components/MemberLink.js'
import { ownScoreLabel } from '../components/tie-band.js'
import { WarmPathItem } from '../components/WarmPathItem.js'
import { rankedIntroducers } from '../components/WarmPaths.js'
import { type RoleScope, useCareerStrategy, useMorePeople } from '../hooks/useCareerStrategy.js'
import { useMe } from '../hooks/useMe.js'

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function reachLine(entry: CareerCompany, roles: string[]): string {
  const reach = `${entry.reachable} of ${plural(entry.staff, 'member', 'members')} on Rapport within reach`
  return roles.length === 0 ? reach : `${entry.inTargetRoles} in your target roles · ${reach}`
}

function CompanySection({
  entry,
  index,
  roles,
  scope,
}: {
  entry: CareerCompany
  index: number
  roles: string[]
  scope: RoleScope
}) {
  const [wantMore, setWantMore] = useState(false)
  const more = useMorePeople(entry.company, scope, entry.next, wantMore)
  const people: CareerPerson[] = [
    ...entry.people,
    ...(more.data?.pages.flatMap((page) => page.items) ?? []),
  ]
  const hasMore = more.data ? more.hasNextPage : entry.next !== undefined
  const headingId = `company-${index}`
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="stack-sm">
        <h2 id={headingId}>{entry.company}</h2>
        <p className="muted">{reachLine(entry, roles)}</p>
      </div>
      {people.length === 0 ? (
        <p>
          {scope === 'target' && roles.length > 0
            ? `Nobody at ${entry.company} in your target roles is within three hops that you may see yet.`
            : `Nobody at ${entry.company} is within three hops that you may see yet.`}
        </p>
      ) : (
        <>
          {entry.introducers.length > 0 ? (
            <div className="stack-sm">
              <h3>Who could introduce you</h3>
              <ul className="plain-list stack-sm" aria-label={`Introducers to ${entry.company}`}>
                {entry.introducers.map((introducer) => (
                  <li key={introducer.member.id} className="row-between">
                    <MemberLink member={introducer.member} />
                    <span className="muted">
                      reaches {plural(introducer.reaches, 'person', 'people')} there · your tie:{' '}
                      {ownScoreLabel(introducer.strength)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="stack-sm">
            <h3>People there, best path first</h3>
            <ol className="plain-list stack-sm" aria-label={`People at ${entry.company}`}>
              {people.map((path) => (
                <WarmPathItem
                  key={`${path.target.id}:${path.via.join('>')}`}
                  path={path}
                  title={path.title}
                  linkTarget
                  introducers={rankedIntroducers(
                    people.filter((other) => other.target.id === path.target.id),
                  )}
                />
              ))}
            </ol>
            {more.isError ? (
              <ErrorNotice error={more.error} onRetry={() => void more.fetchNextPage()} />
            ) : null}
            {hasMore ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => (wantMore ? void more.fetchNextPage() : setWantMore(true))}
                disabled={more.isFetching}
              >
                {more.isFetching ? 'Loading…' : `More people at ${entry.company}`}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  )
}

function RoleFilter({
  roles,
  scope,
  onChange,
}: {
  roles: string[]
  scope: RoleScope
  onChange: (scope: RoleScope) => void
}) {
  const options: { value: RoleScope; label: string }[] = [
    { value: 'target', label: `People in my target roles (${roles.join(', ')})` },
    { value: 'any', label: 'Everyone I can reach' },
  ]
  return (
    <fieldset className="choices">
      <legend>Show</legend>
      {options.map((option) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={`roles-${option.value}`}
            name="roles"
            value={option.value}
            checked={scope === option.value}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`roles-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  )
}

export function CareerStrategyPage() {
  const me = useMe()
  const [scope, setScope] = useState<RoleScope>('target')
  const strategy = useCareerStrategy(scope)
  const pages = strategy.data?.pages ?? []
  const companies = pages.flatMap((page) => page.companies)
  const roles = pages[0]?.roles ?? me.data?.careerStrategy?.roles ?? []
  const targets = me.data?.careerStrategy?.companies ?? []

  return (
    <div className="stack-lg">
      <title>Career strategy · Rapport</title>
      <h1>Career strategy</h1>
      <InsightsNav />
      <p className="lead">
        The people you can reach at your target companies, best path first, and who could introduce
        you. A path is ranked by every tie on it; you see your own score of your first tie. Your
        strategy is private.
      </p>
      {roles.length > 0 ? <RoleFilter roles={roles} scope={scope} onChange={setScope} /> : null}
      {targets.length === 0 && companies.length === 0 ? (
        <p>
          You have no target companies yet. <Link to="/profile">Add them to your profile</Link>{' '}
          under career strategy.
        </p>
      ) : strategy.isPending ? (
        <Loading label="Finding people at your target companies…" />
      ) : strategy.isError ? (
        <ErrorNotice error={strategy.error} onRetry={() => void strategy.refetch()} />
      ) : (
        <>
          {companies.map((entry, i) => (
            <CompanySection
              key={entry.company}
              entry={entry}
              index={i}
              roles={roles}
              scope={scope}
            />
          ))}
          {strategy.hasNextPage ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void strategy.fetchNextPage()}
              disabled={strategy.isFetchingNextPage}
            >
              {strategy.isFetchingNextPage ? 'Loading…' : 'More target companies'}
            </button>
          ) : null}
        </>
      )}
      <p>
        <Link to="/profile">Edit your target companies and roles</Link>
      </p>
    </div>
  )
}
