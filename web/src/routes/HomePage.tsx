import { Link } from 'react-router'
import type { Me } from '../api/types.js'
import { SearchForm } from '../components/SearchForm.js'
import { useInvitations } from '../hooks/useInvitations.js'

export function HomePage({ me }: { me: Me }) {
  const received = useInvitations('received')
  const pending = received.data?.items.filter((i) => i.status === 'pending').length ?? 0
  const missing = [
    !me.headline && 'a headline',
    !me.valueProposition && 'how you can help',
    (me.positions?.length ?? 0) === 0 && 'a position',
  ].filter((x): x is string => Boolean(x))

  return (
    <div className="stack-lg">
      <title>Home · Rapport</title>
      <h1>Welcome, {me.name}</h1>
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
    </div>
  )
}
