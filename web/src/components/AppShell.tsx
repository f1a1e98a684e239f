import { useRef } from 'react'
import { Link, NavLink, Outlet, useNavigate } from 'react-router'
import { useLogout } from '../hooks/useAuth.js'
import { useFocusOnNavigate } from '../hooks/useFocusOnNavigate.js'
import { useMe } from '../hooks/useMe.js'

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/network', label: 'Network', end: false },
  { to: '/contacts', label: 'Contacts', end: false },
  { to: '/newsletters', label: 'Newsletters', end: false },
  { to: '/insights', label: 'Insights', end: false },
  { to: '/invitations', label: 'Invitations', end: false },
  { to: '/search', label: 'Search', end: false },
  { to: '/profile', label: 'Profile', end: false },
] as const

export function AppShell() {
  const me = useMe()
  const logout = useLogout()
  const navigate = useNavigate()
  const main = useRef<HTMLElement>(null)
  useFocusOnNavigate(main)
  const member = me.data ?? null

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            Rapport
          </Link>
          {member ? (
            <>
              <nav aria-label="Main" className="main-nav">
                <ul>
                  {NAV.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to} end={item.end}>
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="account">
                <span className="account-name">
                  <span className="visually-hidden">Signed in as </span>
                  {member.name}
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={logout.isPending}
                  onClick={() =>
                    logout.mutate(undefined, { onSettled: () => navigate('/', { replace: true }) })
                  }
                >
                  Log out
                </button>
              </div>
            </>
          ) : me.isPending ? null : (
            <nav aria-label="Account" className="main-nav account">
              <ul>
                <li>
                  <NavLink to="/login">Log in</NavLink>
                </li>
                <li>
                  <Link to="/signup" className="button button-small">
                    Sign up
                  </Link>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Rapport — a network of relationships, not connection counts.</p>
        </div>
      </footer>
    </>
  )
}
