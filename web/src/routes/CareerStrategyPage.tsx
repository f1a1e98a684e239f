import { Link } from 'react-router'
import type { CareerCompany, MemberSummary, WarmPath } from '../api/types.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { Loading } from '../components/Loading.js'
import { MemberLink } from '../components/MemberLink.js'
import { ownScoreLabel } from '../components/tie-band.js'
import { WarmPathItem } from '../components/WarmPathItem.js'
import { useCareerStrategy } from '../hooks/useCareerStrategy.js'
import { useMe } from '../hooks/useMe.js'
import { knownMembers, useMemberNames, viaIds } from '../hooks/useWarmPaths.js'

function targetOf(path: WarmPath): MemberSummary | null {
  const target = path.target
  if (!target) return null
  return typeof target === 'string' ? { id: target, name: 'A member' } : target
}

function CompanySection({ entry, index }: { entry: CareerCompany; index: number }) {
  const known = knownMembers({
    paths: entry.people,
    members: entry.introducers.map((i) => i.member),
  })
  const names = useMemberNames(
    entry.people.flatMap((p) => viaIds(p)),
    known,
  )
  const headingId = `company-${index}`
  const people = entry.people.flatMap((path) => {
    const target = targetOf(path)
    return target ? [{ path, target }] : []
  })
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="stack-sm">
        <h2 id={headingId}>{entry.company}</h2>
        <p className="muted">
          {people.length} {people.length === 1 ? 'person' : 'people'} reachable of {entry.staff} on
          Rapport
        </p>
      </div>
      {people.length === 0 ? (
        <p>Nobody at {entry.company} is within three hops that you may see yet.</p>
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
                      reaches {introducer.reaches} {introducer.reaches === 1 ? 'person' : 'people'}{' '}
                      there · your tie: {ownScoreLabel(introducer.strength)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="stack-sm">
            <h3>People there</h3>
            <ul className="plain-list stack-sm" aria-label={`People at ${entry.company}`}>
              {people.map(({ path, target }) => (
                <WarmPathItem
                  key={`${target.id}:${viaIds(path).join('>')}`}
                  path={path}
                  target={target}
                  names={names}
                  linkTarget
                />
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  )
}

export function CareerStrategyPage() {
  const me = useMe()
  const companies = me.data?.careerStrategy?.companies ?? []
  const strategy = useCareerStrategy()
  const roles = strategy.data?.roles ?? me.data?.careerStrategy?.roles ?? []

  return (
    <div className="stack-lg">
      <title>Career strategy · Rapport</title>
      <h1>Career strategy</h1>
      <InsightsNav />
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
