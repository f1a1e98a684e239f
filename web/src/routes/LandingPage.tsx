import { Link } from 'react-router'

export function LandingPage() {
  return (
    <div className="landing stack-lg">
      <title>Rapport — relationships, not connection counts</title>
      <section className="hero stack">
        <h1>A professional network built on relationships, not connection counts.</h1>
        <p className="lead">
          Rapport keeps a small, trusted network and an honest picture of every relationship in it:
          how you met, what has passed between you since, and who would gladly introduce you.
        </p>
        <div className="form-actions">
          <Link to="/signup" className="button button-large">
            Sign up
          </Link>
          <Link to="/login" className="button button-secondary button-large">
            Log in
          </Link>
        </div>
      </section>
      <section aria-labelledby="principles-heading" className="stack">
        <h2 id="principles-heading">How Rapport is different</h2>
        <ul className="feature-grid">
          <li className="card">
            <h3>Every connection is a relationship</h3>
            <p>Invitations carry a personal note and how you know each other. Both must say yes.</p>
          </li>
          <li className="card">
            <h3>Consent at every hop</h3>
            <p>
              Introductions are double opt-in: strangers are never connected to strangers, and each
              side sees what it gains.
            </p>
          </li>
          <li className="card">
            <h3>Your network is not a public service</h3>
            <p>You decide who may see whom you know. Notes and scores stay private.</p>
          </li>
          <li className="card">
            <h3>No nagging, no spam</h3>
            <p>An ignored invitation stays ignored: no reminders, no resending, nobody is told.</p>
          </li>
        </ul>
      </section>
    </div>
  )
}
