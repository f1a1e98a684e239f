import { Link } from 'react-router'
import type { CareerCompany } from '../api/types.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { MemberLink } from '../components/MemberLink.js'
import { WarmPathItem } from '../components/WarmPathItem.js'
import { useCareerStrategy } from '../hooks/useCareerStrategy.js'
import { useMe } from '../hooks/useMe.js'
import { knownMembers, useMemberNames, viaIds } from '../hooks/useWarmPaths.js'

function CompanySection({ entry, index }: { entry: CareerCompany; index: number }) {
  const known = knownMembers({
    paths: entry.reachable.flatMap((r) => r.paths),
    members: entry.reachable.map((r) => r.member),
  })
  const names = useMemberNames(
    entry.reachable.flatMap((r) => r.paths.flatMap((p) => viaIds(p))),
    known,
  )
  const headingId = `company-${index}`
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {entry.company}{' '}
        <span className="muted">
          ({entry.reachable.length} {entry.reachable.length === 1 ? 'person' : 'people'} reachable)
        </span>
      </h2>
      {entry.reachable.length === 0 ? (
        <p>Nobody at {entry.company} is within three hops that you may see yet.</p>
      ) : (
        <ul className="plain-list stack" aria-label={`People at ${entry.company}`}>
          {entry.reachable.map((person) => (
            <li key={person.member.id} className="stack-sm">
              <MemberLink member={person.member} />
              <ul className="plain-list stack-sm" aria-label={`Paths to ${person.member.name}`}>
                {person.paths.slice(0, 3).map((path) => (
                  <WarmPathItem
                    key={viaIds(path).join('>')}
                    path={path}
                    target={person.member}
                    names={names}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function CareerStrategyPage() {
  const me = useMe()
  const companies = me.data?.careerStrategy?.companies ?? []
  const strategy = useCareerStrategy(companies)
  const roles = me.data?.careerStrategy?.roles ?? []

  return (
    <div className="stack-lg">
      <title>Career strategy · Rapport</title>
      <h1>Career strategy</h1>
      <p className="lead">
        The people you can reach at your target companies, and who could introduce you. Your
        strategy is private.
      </p>
      {roles.length > 0 ? <p>Roles you are aiming for: {roles.join(', ')}.</p> : null}
      {companies.length === 0 && !strategy.data?.companies.length ? (
        <p>
          You have no target companies yet. <Link to="/profile">Add them to your profile</Link>{' '}
          under career strategy.
        </p>
      ) : strategy.isPending ? (
        <Loading label="Finding people at your target companies…" />
      ) : strategy.isError ? (
        <ErrorNotice error={strategy.error} onRetry={() => void strategy.refetch()} />
      ) : (
        strategy.data.companies.map((entry, i) => (
          <CompanySection key={entry.company} entry={entry} index={i} />
        ))
      )}
      <p>
        <Link to="/profile">Edit your target companies and roles</Link>
      </p>
    </div>
  )
}
