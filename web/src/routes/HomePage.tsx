import { Link } from 'react-router'
import type { Me } from '../api/schema.js'
import { FirstRun } from '../components/FirstRun.js'
import { HomeFeed } from '../components/HomeFeed.js'
import { SearchForm } from '../components/SearchForm.js'
import { Term } from '../components/Term.js'
import { useHealth, useStayInTouch } from '../hooks/useInsights.js'
import { useInvitations } from '../hooks/useInvitations.js'
import { useNetworkReach } from '../hooks/useNetworkMap.js'

const DUE_SHOWN = 5

export function HomePage({ me }: { me: Me }) {
  const received = useInvitations('received')
  const health = useHealth()
  const due = useStayInTouch()
  const reach = useNetworkReach()
  const dueItems = due.data?.items ?? []
  const pending = received.data?.items.filter((i) => i.status === 'pending').length ?? 0
  const missing = [
    !me.headline && 'a headline',
    !me.valueProposition && 'how you can help',
    me.positions.length === 0 && 'a position',
  ].filter((x): x is string => Boolean(x))

  return (
    <div className="stack-lg">
      <title>Home · Rapport</title>
      <h1>Welcome, {me.name}</h1>
      {health.data?.size === 0 ? <FirstRun /> : null}
      <div className="feature-grid">
        <section className="card stack-sm" aria-labelledby="home-invitations">
          <h2 id="home-invitations">Invitations</h2>
          <p>
            {received.isPending
              ? 'Checking your invitations…'
              : received.isError
                ? 'Your invitations could not be loaded just now.'
                : pending === 0
                  ? 'No invitations are waiting for you.'
                  : `${pending} ${pending === 1 ? 'invitation is' : 'invitations are'} waiting for your answer.`}
          </p>
          <Link to="/invitations">Review invitations</Link>
        </section>
        <section className="card stack-sm" aria-labelledby="home-due">
          <h2 id="home-due">
            <Term name="due" />
          </h2>
          {dueItems.length === 0 ? (
            <p>{due.isPending ? 'Looking at your cadences…' : 'Nobody is due a word right now.'}</p>
          ) : (
            <ul className="stack-sm">
              {dueItems.slice(0, DUE_SHOWN).map((item) => (
                <li key={`${item.contact.id}-${item.circle}`}>
                  <Link to={`/contacts/${item.contact.id}`}>{item.contact.name}</Link>
                  <span className="muted"> — {item.reason}</span>
                </li>
              ))}
            </ul>
          )}
          <Link to="/insights/stay-in-touch">
            {dueItems.length > DUE_SHOWN ? `All ${dueItems.length} who are due` : 'Stay in touch'}
          </Link>
        </section>
        <section className="card stack-sm" aria-labelledby="home-health">
          <h2 id="home-health">Your network</h2>
          {health.data ? (
            <p>
              {health.data.size} contacts: {health.data.byBand.strong} strong,{' '}
              {health.data.byBand.medium} medium, {health.data.byBand.weak} weak and{' '}
              {health.data.byBand.dormant} dormant.
              {reach.data
                ? ` Through people who let you, you reach ${reach.data.second.toLocaleString()} at the second degree and ${reach.data.third.toLocaleString()} at the third.`
                : ''}
            </p>
          ) : (
            <p>
              {health.isPending
                ? 'Scoring your relationships…'
                : 'Your network could not be loaded.'}
            </p>
          )}
          <Link to="/insights">Network health</Link>
        </section>
        <section className="card stack-sm" aria-labelledby="home-profile">
          <h2 id="home-profile">Your profile</h2>
          <p>
            {missing.length === 0
              ? 'Your profile says who you are and how you can help.'
              : `Add ${missing.join(', ')} so others know who you are and what you offer.`}
          </p>
          <Link to="/profile">Edit your profile</Link>
        </section>
        <section className="card stack-sm" aria-labelledby="home-search">
          <h2 id="home-search">Find someone you know</h2>
          <SearchForm initial="" />
        </section>
      </div>
      <HomeFeed />
    </div>
  )
}
