import { useRef } from 'react'
import { Link, NavLink, Outlet, useNavigate } from 'react-router'
import { useLogout } from '../hooks/useAuth.js'
import { useFocusOnNavigate } from '../hooks/useFocusOnNavigate.js'
import { useIntroductionsWaiting } from '../hooks/useIntroductions.js'
import { useLiveMessages } from '../hooks/useLiveMessages.js'
import { useMe } from '../hooks/useMe.js'
import { useMessageRequestCount } from '../hooks/useMessageRequests.js'
import { useUnreadTotal } from '../hooks/useMessages.js'

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/network', label: 'Network', end: false },
  { to: '/contacts', label: 'Contacts', end: false },
  { to: '/messages', label: 'Messages', end: false },
  { to: '/introductions', label: 'Introductions', end: false },
  { to: '/newsletters', label: 'Newsletters', end: false },
  { to: '/events', label: 'Events', end: false },
  { to: '/insights', label: 'Insights', end: false },
  { to: '/invitations', label: 'Invitations', end: false },
  { to: '/recommendations', label: 'Recommendations', end: false },
  { to: '/requests', label: 'Requests', end: false },
  { to: '/search', label: 'Search', end: false },
  { to: '/profile', label: 'Profile', end: false },
  { to: '/settings', label: 'Settings', end: false },
] as const

export function AppShell() {
  const me = useMe()
  const logout = useLogout()
  const navigate = useNavigate()
  const main = useRef<HTMLElement>(null)
  useFocusOnNavigate(main)
  const member = me.data ?? null
  useLiveMessages(member !== null)
  const unread = useUnreadTotal(member !== null).data ?? 0
  const requests = useMessageRequestCount(member !== null)
  const waiting = requests.data?.open ?? 0
  const introductions = useIntroductionsWaiting(member !== null)

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
                        {item.to === '/messages' && unread > 0 ? (
                          <span className="nav-badge" role="status" aria-label={`${unread} unread`}>
                            {unread}
                          </span>
                        ) : null}
                        {item.to === '/introductions' && introductions > 0 ? (
                          <span className="badge">
                            {introductions}
                            <span className="visually-hidden"> awaiting you</span>
                          </span>
                        ) : null}
                        {item.to === '/requests' && waiting > 0 ? (
                          <span className="badge">
                            {waiting}
                            <span className="visually-hidden"> waiting</span>
                          </span>
                        ) : null}
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
